package dev.rapport.plugin.fieldservice.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Arrivals within a quarter of an hour of the planned start. */
@Extension
public final class OnTimeArrivalMetric extends FieldMetric {

    public OnTimeArrivalMetric(FieldFigures figures) {
        super("on-time-arrival", "%", MetricDirection.HIGHER_IS_BETTER, figures::onTimeArrival);
    }
}
