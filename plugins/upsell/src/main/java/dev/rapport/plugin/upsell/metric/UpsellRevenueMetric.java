package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** The revenue of opportunities won in the period, in the reporting currency. */
@Extension
public final class UpsellRevenueMetric extends FigureMetric {

    public UpsellRevenueMetric(PluginContext context, UpsellFigures figures) {
        super("upsell-revenue", "upsell.metric.upsell-revenue", context.money().reportingCurrency(),
                MetricDirection.HIGHER_IS_BETTER, figures::wonRevenue);
    }
}
