package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** The average days from opening to winning an opportunity. */
@Extension
public final class DaysToCloseMetric extends FigureMetric {

    public DaysToCloseMetric(UpsellFigures figures) {
        super("days-to-close", "upsell.metric.days-to-close", "days", MetricDirection.LOWER_IS_BETTER,
                figures::averageDaysToClose);
    }
}
