package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Speed of follow-up: average days from a lead's capture to the first contact with it. */
@Extension
public final class FirstContactMetric extends FigureMetric {

    public FirstContactMetric(AcquisitionFigures figures) {
        super("time-to-first-contact", "acquisition.metric.timeToFirstContact", "days", MetricDirection.LOWER_IS_BETTER,
                figures::daysToFirstContact);
    }
}
