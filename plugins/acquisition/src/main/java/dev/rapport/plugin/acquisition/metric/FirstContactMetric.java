package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Speed of follow-up: average days from a lead's capture to the first contact with it. */
@Extension
public final class FirstContactMetric implements ScorecardMetric {

    private final AcquisitionFigures figures;

    public FirstContactMetric(AcquisitionFigures figures) {
        this.figures = figures;
    }

    @Override
    public String id() {
        return "time-to-first-contact";
    }

    @Override
    public String labelKey() {
        return "acquisition.metric.timeToFirstContact";
    }

    @Override
    public String unit() {
        return "days";
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.LOWER_IS_BETTER;
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.daysToFirstContact(department, period);
    }
}
