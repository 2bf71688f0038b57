package dev.rapport.sdk.segment;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * A property of customers that a plugin computes and segments can filter on, e.g. retention's RFM class or
 * service's "has open requests". The plugin writes each customer's value with {@link Segments#setFacet} (or
 * {@link Segments#setFacets} from a scoring job); a segment condition then selects customers whose value is one
 * of the chosen ones.
 *
 * <p><b>Lifecycle.</b> Found like every extension when the plugin starts; the segment editor offers the facet
 * only while the plugin runs. Values the plugin wrote stay in the database when it stops, and segments that use
 * them keep working on the values last written.
 *
 * <p><b>Threading.</b> The methods may be called from any thread, at any time while the plugin runs; return
 * constant data.
 *
 * <p><b>Failure.</b> A facet whose methods throw, or whose key does not start with the plugin's id and a dot, is
 * left out of the editor and the failure is recorded against the plugin.
 *
 * @since 1.3.0
 */
public interface SegmentFacet extends ExtensionPoint {

    /**
     * The facet's key: the plugin id, a dot, and a name, e.g. {@code retention.rfm-class}; at most 100 characters.
     *
     * @return the key
     */
    String key();

    /**
     * The i18n key of the facet's label in the plugin's bundle.
     *
     * @return the key
     */
    String labelKey();

    /**
     * The values the facet takes, in the order the editor shows them.
     *
     * @return the values
     */
    List<FacetValue> values();
}
