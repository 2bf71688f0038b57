package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Won opportunities over all closed in the period, in percent. */
@Extension
public final class WinRateMetric extends FigureMetric {

    public WinRateMetric(UpsellFigures figures) {
        super("win-rate", "upsell.metric.win-rate", "%", MetricDirection.HIGHER_IS_BETTER, figures::winRate);
    }
}
