package dev.rapport.sdk.segment;

import java.util.Set;

/**
 * A segment condition on a plugin's facet: the customer's value of {@code facetKey} is one of {@code values}.
 * A customer without a value for the facet does not match.
 *
 * @param facetKey the facet, e.g. {@code retention.rfm-class}
 * @param values the accepted values, at least one
 * @since 1.3.0
 */
public record FacetCondition(String facetKey, Set<String> values) {

    /** Copies {@code values}; null means none. */
    public FacetCondition {
        values = values == null ? Set.of() : Set.copyOf(values);
    }
}
