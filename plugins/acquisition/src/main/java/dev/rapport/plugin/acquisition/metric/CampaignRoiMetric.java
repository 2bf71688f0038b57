package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import org.pf4j.Extension;

/** Campaign ROI: what the customers a period's campaigns won have bought, against what the campaigns cost. */
@Extension
public final class CampaignRoiMetric extends AcquisitionMetric {

    public CampaignRoiMetric(AcquisitionFigures figures) {
        super(figures, "campaign-roi", "acquisition.metric.campaignRoi", MetricDirection.HIGHER_IS_BETTER);
    }

    @Override
    public String unit() {
        return "%";
    }

    @Override
    public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figures.campaignRoi(department, period);
    }
}
