package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Lead-to-customer conversion: the share of a period's leads that became customers. */
@Extension
public final class ConversionRateMetric extends FigureMetric {

    public ConversionRateMetric(AcquisitionFigures figures) {
        super("conversion-rate", "acquisition.metric.conversionRate", "%", MetricDirection.HIGHER_IS_BETTER,
                figures::conversionRate);
    }
}
