package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Campaign ROI: what the customers a period's campaigns won have bought, against what the campaigns cost. */
@Extension
public final class CampaignRoiMetric implements ScorecardMetric {

    private final AcquisitionFigures figures;

    public CampaignRoiMetric(AcquisitionFigures figures) {
        this.figures = figures;
    }

    @Override
    public String id() {
        return "campaign-roi";
    }

    @Override
    public String labelKey() {
        return "acquisition.metric.campaignRoi";
    }

    @Override
    public String unit() {
        return "%";
    }

    @Override
    public MetricDirection direction() {
        return MetricDirection.HIGHER_IS_BETTER;
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.campaignRoi(department, period);
    }
}
