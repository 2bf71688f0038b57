package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Products held per customer holding any, as of the last mining run. */
@Extension
public final class CrossSellRatioMetric extends FigureMetric {

    public CrossSellRatioMetric(UpsellFigures figures) {
        super("cross-sell-ratio", "upsell.metric.cross-sell-ratio", "count", MetricDirection.HIGHER_IS_BETTER,
                figures::crossSellRatio);
    }
}
