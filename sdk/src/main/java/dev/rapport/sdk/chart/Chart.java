package dev.rapport.sdk.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a chart shows; {@link Charts} draws it. An immutable value: build it anywhere, on any thread.
 *
 * <p>Every series has one value per category. Texts (title, categories, series names) are shown as they are given:
 * translate them first; they are escaped when drawn, so any text is safe. Long category names are wrapped or slanted
 * so that they are never cut off.
 *
 * @param type bars, stacked bars, lines or a pie
 * @param title what the chart shows, in a sentence or a few words: the SVG's title, read out by screen readers
 * @param categories the names along the horizontal axis (the slices of a pie), e.g. months
 * @param series the named rows of values; for a pie only the first is drawn
 * @param format how values read
 * @since 1.3.0
 */
public record Chart(ChartType type, String title, List<String> categories, List<ChartSeries> series,
                    ValueFormat format) {

    /** Copies the lists and checks that every series has a value per category. */
    public Chart {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(format, "format");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries one : series) {
            if (one.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + one.name() + " has " + one.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /**
     * A chart of vertical bars.
     *
     * @param title what it shows
     * @param categories the names along the axis
     * @param format how values read
     * @param series the series, side by side
     * @return the chart
     */
    public static Chart bar(String title, List<String> categories, ValueFormat format, ChartSeries... series) {
        return new Chart(ChartType.BAR, title, categories, List.of(series), format);
    }

    /**
     * A chart of stacked bars.
     *
     * @param title what it shows
     * @param categories the names along the axis
     * @param format how values read
     * @param series the series, stacked in this order from the axis
     * @return the chart
     */
    public static Chart stackedBar(String title, List<String> categories, ValueFormat format, ChartSeries... series) {
        return new Chart(ChartType.STACKED_BAR, title, categories, List.of(series), format);
    }

    /**
     * A line chart.
     *
     * @param title what it shows
     * @param categories the names along the axis
     * @param format how values read
     * @param series one line each
     * @return the chart
     */
    public static Chart line(String title, List<String> categories, ValueFormat format, ChartSeries... series) {
        return new Chart(ChartType.LINE, title, categories, List.of(series), format);
    }

    /**
     * A pie chart of one series.
     *
     * @param title what it shows
     * @param categories the slices' names
     * @param format how values read
     * @param series the slices' values
     * @return the chart
     */
    public static Chart pie(String title, List<String> categories, ValueFormat format, ChartSeries series) {
        return new Chart(ChartType.PIE, title, categories, List.of(series), format);
    }

    /**
     * Whether there is nothing to draw: no category, no series, or no known value.
     *
     * @return true when the chart would be empty
     */
    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(one -> one.values().stream().allMatch(Objects::isNull));
    }
}
