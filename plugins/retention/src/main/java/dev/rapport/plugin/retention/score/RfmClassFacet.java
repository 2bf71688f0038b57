package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.model.RfmClass;
import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentFacet;
import java.util.Arrays;
import java.util.List;
import org.pf4j.Extension;

/** The customer's RFM class (champions, loyal, at risk, ...) for the kernel's segments. */
@Extension
public final class RfmClassFacet implements SegmentFacet {

    @Override
    public String key() {
        return ScoringRun.RFM_FACET;
    }

    @Override
    public String labelKey() {
        return "retention.facet.rfm";
    }

    @Override
    public List<FacetValue> values() {
        return Arrays.stream(RfmClass.values())
                .map(value -> new FacetValue(value.value(), "retention.rfm." + value.value())).toList();
    }
}
