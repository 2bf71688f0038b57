package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Lead-to-customer conversion: the share of a period's leads that became customers. */
@Extension
public final class ConversionRateMetric extends AcquisitionMetric {

    public ConversionRateMetric(AcquisitionFigures figures) {
        super(figures, "conversion-rate", "acquisition.metric.conversionRate", MetricDirection.HIGHER_IS_BETTER);
    }

    @Override
    public String unit() {
        return "%";
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.conversionRate(department, period);
    }
}
