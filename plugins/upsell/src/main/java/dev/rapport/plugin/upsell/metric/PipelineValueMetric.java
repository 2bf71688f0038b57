package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** The open pipeline at the end of the period, in the reporting currency. */
@Extension
public final class PipelineValueMetric extends FigureMetric {

    public PipelineValueMetric(PluginContext context, UpsellFigures figures) {
        super("pipeline-value", "upsell.metric.pipeline-value", context.money().reportingCurrency(),
                MetricDirection.HIGHER_IS_BETTER, figures::pipelineValue);
    }
}
