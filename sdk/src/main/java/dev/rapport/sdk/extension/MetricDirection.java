package dev.rapport.sdk.extension;

/**
 * Whether a KPI improves when it rises or when it falls.
 *
 * @since 1.0.0
 */
public enum MetricDirection {
    /** E.g. conversion rate. */
    HIGHER_IS_BETTER,
    /** E.g. cost per acquisition. */
    LOWER_IS_BETTER
}
