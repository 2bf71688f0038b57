package dev.rapport.plugin.fieldservice.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Visits completed on the first visit, of all finished visits. */
@Extension
public final class FirstTimeFixMetric extends FieldMetric {

    public FirstTimeFixMetric(FieldFigures figures) {
        super("first-time-fix", "%", MetricDirection.HIGHER_IS_BETTER, figures::firstTimeFixRate);
    }
}
