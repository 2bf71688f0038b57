package dev.rapport.plugin.retention.score;

import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentFacet;
import java.util.Arrays;
import java.util.List;
import org.pf4j.Extension;

/** The customer's churn risk band (low, medium, high) for the kernel's segments. */
@Extension
public final class RiskBandFacet implements SegmentFacet {

    @Override
    public String key() {
        return ScoringRun.RISK_FACET;
    }

    @Override
    public String labelKey() {
        return "retention.facet.risk";
    }

    @Override
    public List<FacetValue> values() {
        return Arrays.stream(RiskBand.values())
                .map(band -> new FacetValue(band.value(), "retention.band." + band.value())).toList();
    }
}
