package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Of the trigger firings in the period, the share that ended in a won opportunity. */
@Extension
public final class TriggerConversionMetric extends UpsellMetric {

    public TriggerConversionMetric(UpsellFigures figures) {
        super("trigger-conversion", "%", MetricDirection.HIGHER_IS_BETTER, figures::triggerConversion);
    }
}
