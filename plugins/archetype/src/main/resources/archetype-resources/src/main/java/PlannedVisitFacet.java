package ${package};

import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentFacet;
import java.util.List;
import org.pf4j.Extension;

/**
 * "Has a planned visit" in the kernel's segment editor. The facet only declares the key and its values; the
 * {@link VisitRepository} writes each customer's value whenever their planned visits change, so segments filter
 * on stored values and never call the plugin.
 */
@Extension
public final class PlannedVisitFacet implements SegmentFacet {

    /** The key starts with the plugin id and a dot, as the platform requires. */
    static final String KEY = "${pluginId}.planned-visit";
    static final String YES = "yes";

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public String labelKey() {
        return "${pluginId}.facet.plannedVisit";
    }

    @Override
    public List<FacetValue> values() {
        return List.of(new FacetValue(YES, "${pluginId}.facet.plannedVisit.yes"));
    }
}
