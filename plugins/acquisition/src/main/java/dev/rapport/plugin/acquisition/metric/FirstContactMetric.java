package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Speed of follow-up: average days from a lead's capture to the first contact with it. */
@Extension
public final class FirstContactMetric extends AcquisitionMetric {

    public FirstContactMetric(AcquisitionFigures figures) {
        super(figures, "time-to-first-contact", "acquisition.metric.timeToFirstContact", MetricDirection.LOWER_IS_BETTER);
    }

    @Override
    public String unit() {
        return "days";
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.daysToFirstContact(department, period);
    }
}
