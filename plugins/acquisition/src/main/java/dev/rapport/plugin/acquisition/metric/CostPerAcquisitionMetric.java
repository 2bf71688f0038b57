package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Cost per acquisition: what the campaigns of a period cost per customer they won. */
@Extension
public final class CostPerAcquisitionMetric implements ScorecardMetric {

    private final AcquisitionFigures figures;

    public CostPerAcquisitionMetric(AcquisitionFigures figures) {
        this.figures = figures;
    }

    @Override
    public String id() {
        return "cost-per-acquisition";
    }

    @Override
    public String labelKey() {
        return "acquisition.metric.costPerAcquisition";
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.LOWER_IS_BETTER;
    }

    /** The reporting currency as it is now (an administrator may change it), not as it was at start. */
    @Override
    public String unit() {
        return figures.currency();
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.costPerAcquisition(department, period);
    }
}
