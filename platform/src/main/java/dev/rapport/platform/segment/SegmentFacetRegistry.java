package dev.rapport.platform.segment;

import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.sdk.segment.FacetValue;
import dev.rapport.sdk.segment.SegmentFacet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The segment facets of the running plugins. A facet's key, label and values are read once when its plugin
 * starts (they are constant), so the editor never calls into a plugin; a facet that throws or whose key is not
 * the plugin's own is left out and recorded against the plugin.
 */
public final class SegmentFacetRegistry {

    /** A facet as its plugin declared it. */
    public record DeclaredFacet(String pluginId, String key, String labelKey, List<FacetValue> values) {

        public DeclaredFacet {
            values = List.copyOf(values);
        }

        public boolean allows(String value) {
            return values.stream().anyMatch(allowed -> allowed.value().equals(value));
        }
    }

    private final List<DeclaredFacet> facets = new CopyOnWriteArrayList<>();
    private final PluginHealth health;

    public SegmentFacetRegistry(PluginHealth health) {
        this.health = health;
    }

    public void add(String pluginId, SegmentFacet facet) {
        try {
            String key = facet.key();
            if (!FacetKeys.ownedBy(pluginId, key)) {
                throw new IllegalArgumentException("The facet key '" + key + "' must start with '" + pluginId
                        + ".' and have at most " + FacetKeys.MAX_KEY + " characters");
            }
            facets.add(new DeclaredFacet(pluginId, key, facet.labelKey(), facet.values()));
        } catch (RuntimeException | LinkageError e) {
            health.failed(pluginId, "segment facet " + facet.getClass().getName(), e);
        }
    }

    public void removeOwnedBy(String pluginId) {
        facets.removeIf(facet -> facet.pluginId().equals(pluginId));
    }

    /** The facets of the running plugins, by key. */
    public List<DeclaredFacet> facets() {
        return facets.stream().sorted(Comparator.comparing(DeclaredFacet::key)).toList();
    }

    public Optional<DeclaredFacet> find(String key) {
        return facets.stream().filter(facet -> facet.key().equals(key)).findFirst();
    }
}
