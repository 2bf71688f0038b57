package dev.rapport.platform.chart;

/**
 * The series' colours: Lumo's custom properties, so a chart follows the light and the dark theme. Each can be
 * changed for the whole product in styles.css through {@code --rapport-chart-color-1} to {@code -6}.
 */
final class Palette {

    static final String TEXT = "var(--lumo-body-text-color)";
    static final String SECONDARY_TEXT = "var(--lumo-secondary-text-color)";
    static final String GRID = "var(--lumo-contrast-10pct)";
    static final String AXIS = "var(--lumo-contrast-50pct)";

    private static final String[] SERIES = {
        "var(--rapport-chart-color-1, var(--lumo-primary-color))",
        "var(--rapport-chart-color-2, var(--lumo-success-color))",
        "var(--rapport-chart-color-3, var(--lumo-warning-color, #c77c00))",
        "var(--rapport-chart-color-4, var(--lumo-error-color))",
        "var(--rapport-chart-color-5, var(--lumo-contrast-60pct))",
        "var(--rapport-chart-color-6, var(--lumo-primary-color-50pct))",
    };

    private Palette() {
    }

    /** The colour of the {@code index}th series (or slice), repeating after six. */
    static String series(int index) {
        return SERIES[index % SERIES.length];
    }
}
