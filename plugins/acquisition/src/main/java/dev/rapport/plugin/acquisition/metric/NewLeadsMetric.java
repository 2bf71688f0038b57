package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** How many leads were captured in a period: the top of the acquisition funnel. */
@Extension
public final class NewLeadsMetric extends AcquisitionMetric {

    public NewLeadsMetric(AcquisitionFigures figures) {
        super(figures, "new-leads", "acquisition.metric.newLeads", MetricDirection.HIGHER_IS_BETTER);
    }

    @Override
    public String unit() {
        return "count";
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return Optional.of(BigDecimal.valueOf(figures.newLeads(department, period)));
    }
}
