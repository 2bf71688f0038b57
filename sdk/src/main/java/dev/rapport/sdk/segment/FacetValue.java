package dev.rapport.sdk.segment;

/**
 * One value a {@link SegmentFacet} may take.
 *
 * @param value the stored value, e.g. {@code champions}; at most 50 characters
 * @param labelKey the i18n key of its label in the plugin's bundle
 * @since 1.3.0
 */
public record FacetValue(String value, String labelKey) {
}
