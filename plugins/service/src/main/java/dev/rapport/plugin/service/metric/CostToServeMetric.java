package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Cost to serve per customer served in the period, in the reporting currency ({@link CostFigures}). */
@Extension
public final class CostToServeMetric implements ScorecardMetric {

    private final CostFigures figures;

    public CostToServeMetric(CostFigures figures) {
        this.figures = figures;
    }

    @Override
    public String id() {
        return "cost-to-serve";
    }

    @Override
    public String labelKey() {
        return "service.metric.cost-to-serve";
    }

    @Override
    public String unit() {
        return figures.currency();
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.LOWER_IS_BETTER;
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.perCustomer(department, period);
    }
}
