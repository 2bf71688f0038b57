package dev.rapport.platform.segment;

import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.segment.SegmentCount;
import dev.rapport.sdk.segment.SegmentDefinition;
import dev.rapport.sdk.segment.SegmentInfo;
import dev.rapport.sdk.segment.Segments;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** One plugin's view of the kernel's segments: it acts as the current actor and writes only its own facets. */
public final class PluginSegments implements Segments {

    private final SegmentService segments;
    private final String pluginId;
    private final Supplier<Actor> actor;

    public PluginSegments(SegmentService segments, String pluginId, Supplier<Actor> actor) {
        this.segments = segments;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public List<SegmentInfo> list() {
        return segments.list(actor.get());
    }

    @Override
    public Optional<SegmentInfo> find(long segmentId) {
        return segments.find(segmentId, actor.get());
    }

    @Override
    public SegmentCount count(long segmentId) {
        return segments.count(segmentId, actor.get());
    }

    @Override
    public List<CustomerInfo> members(long segmentId, long afterCustomerId, int limit) {
        return segments.members(segmentId, afterCustomerId, limit, actor.get());
    }

    @Override
    public long save(SegmentDefinition definition) {
        return segments.save(definition, actor.get());
    }

    @Override
    public void delete(long segmentId) {
        segments.delete(segmentId, actor.get());
    }

    @Override
    public void setFacet(long customerId, String facetKey, String value) {
        FacetKeys.requireValue(value);
        segments.setFacets(pluginId, facetKey, Map.of(customerId, value));
    }

    @Override
    public void clearFacet(long customerId, String facetKey) {
        segments.clearFacet(pluginId, customerId, facetKey);
    }

    @Override
    public void setFacets(String facetKey, Map<Long, String> values) {
        segments.setFacets(pluginId, facetKey, values);
    }
}
