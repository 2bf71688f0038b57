package dev.rapport.sdk.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One named row of values of a {@link Chart}, one value per category, in the categories' order.
 *
 * @param name the series' name as the legend shows it (already translated)
 * @param values the values; a {@code null} element is a value that is not known (no bar, a gap in a line, "–" in
 *               the table)
 * @since 1.3.0
 */
public record ChartSeries(String name, List<Double> values) {

    /** Copies {@code values}, keeping {@code null} elements. */
    public ChartSeries {
        Objects.requireNonNull(name, "name");
        values = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(values, "values")));
    }

    /**
     * A series of known values.
     *
     * @param name the series' name
     * @param values one value per category
     * @return the series
     */
    public static ChartSeries of(String name, double... values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double value : values) {
            list.add(value);
        }
        return new ChartSeries(name, list);
    }
}
