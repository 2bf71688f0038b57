package dev.rapport.plugin.acquisition.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import org.pf4j.Extension;

/** Campaign ROI: what the customers a period's campaigns won have bought, against what the campaigns cost. */
@Extension
public final class CampaignRoiMetric extends FigureMetric {

    public CampaignRoiMetric(AcquisitionFigures figures) {
        super("campaign-roi", "acquisition.metric.campaignRoi", "%", MetricDirection.HIGHER_IS_BETTER,
                figures::campaignRoi);
    }
}
