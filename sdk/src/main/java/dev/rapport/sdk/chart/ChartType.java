package dev.rapport.sdk.chart;

/**
 * How a {@link Chart} draws its series.
 *
 * @since 1.3.0
 */
public enum ChartType {
    /** Vertical bars, the series of one category side by side. */
    BAR,
    /** Vertical bars, the series of one category stacked (positive values upwards, negative ones downwards). */
    STACKED_BAR,
    /** One line per series through its values; a missing value breaks the line. */
    LINE,
    /** The first series' values as slices of a circle; negative and missing values are left out (the table keeps them). */
    PIE
}
