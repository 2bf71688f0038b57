package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Of the trigger firings in the period, the share that ended in a won opportunity. */
@Extension
public final class TriggerConversionMetric extends FigureMetric {

    public TriggerConversionMetric(UpsellFigures figures) {
        super("trigger-conversion", "upsell.metric.trigger-conversion", "%", MetricDirection.HIGHER_IS_BETTER,
                figures::triggerConversion);
    }
}
