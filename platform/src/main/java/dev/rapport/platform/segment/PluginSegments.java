package dev.rapport.platform.segment;

import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentInfo;
import dev.rapport.sdk.segment.Segments;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One plugin's view of the kernel's segments: it acts as whoever acts for the plugin now and writes only its own
 * facets. When nobody acts (a thread the plugin started itself), reads see the shared segments and writes are
 * refused: security fails closed.
 */
public final class PluginSegments implements Segments {

    /** Reads when nobody acts: no user id matches a creator and the role is the weakest, so only shared segments. */
    private static final Actor NOBODY = new Actor(-1, "nobody", Role.READ_ONLY, Set.of());

    private final SegmentService segments;
    private final String pluginId;
    private final Supplier<Optional<Actor>> acting;

    public PluginSegments(SegmentService segments, String pluginId, Supplier<Optional<Actor>> acting) {
        this.segments = segments;
        this.pluginId = pluginId;
        this.acting = acting;
    }

    private Actor reader() {
        return acting.get().orElse(NOBODY);
    }

    private Actor writer(String action) {
        return acting.get().orElseThrow(() -> new AccessDeniedException("Plugin " + pluginId + " may not " + action
                + " here: nobody acts for it"));
    }

    @Override
    public List<SegmentInfo> list() {
        return segments.list(reader());
    }

    @Override
    public Optional<SegmentInfo> find(long segmentId) {
        return segments.find(segmentId, reader());
    }

    @Override
    public SegmentCount count(long segmentId) {
        return segments.count(segmentId, reader());
    }

    @Override
    public List<CustomerInfo> members(long segmentId, long afterCustomerId, int limit) {
        return segments.members(segmentId, afterCustomerId, limit, reader());
    }

    @Override
    public long save(SegmentDefinition definition) {
        return segments.save(definition, writer("save segments"));
    }

    @Override
    public void delete(long segmentId) {
        segments.delete(segmentId, writer("delete segments"));
    }

    @Override
    public void setFacet(long customerId, String facetKey, String value) {
        FacetKeys.requireValue(value);
        writer("write facets");
        segments.setFacets(pluginId, facetKey, Map.of(customerId, value));
    }

    @Override
    public void clearFacet(long customerId, String facetKey) {
        writer("write facets");
        segments.clearFacet(pluginId, customerId, facetKey);
    }

    @Override
    public void setFacets(String facetKey, Map<Long, String> values) {
        writer("write facets");
        segments.setFacets(pluginId, facetKey, values);
    }
}
