package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Cost per acquisition: what the campaigns of a period cost per customer they won. */
@Extension
public final class CostPerAcquisitionMetric extends AcquisitionMetric {

    public CostPerAcquisitionMetric(AcquisitionFigures figures) {
        super(figures, "cost-per-acquisition", "acquisition.metric.costPerAcquisition", MetricDirection.LOWER_IS_BETTER);
    }

    @Override
    public String unit() {
        return figures.currency();
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.costPerAcquisition(department, period);
    }
}
