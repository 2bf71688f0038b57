package dev.rapport.platform.chart;

import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ChartType;
import dev.rapport.sdk.chart.ValueFormat;
import java.util.List;

/**
 * Bars, stacked bars and lines over categories: a legend on top when there are several series, a value axis with
 * round steps and grid lines, the category names below (wrapped or slanted, never cut), and each value's text on
 * hover.
 */
final class CartesianChartSvg {

    static final double WIDTH = 640;
    private static final double PLOT_HEIGHT = 220;
    private static final double TOP = 10;
    private static final int TICKS = 5;

    private final Chart chart;
    private final ValueFormat format;
    private final List<String> names;
    private NiceScale scale;
    private double plotTop;
    private double plotLeft;
    private double plotWidth;

    CartesianChartSvg(Chart chart) {
        this.chart = chart;
        this.format = chart.format();
        this.names = chart.series().stream().map(ChartSeries::name).toList();
    }

    String draw() {
        scale = scale();
        int digits = scale.fractionDigits();
        double tickWidth = scale.ticks().stream().mapToDouble(tick -> SvgWriter.textWidth(format.format(tick, digits)))
                .max().orElse(0);
        int categories = chart.categories().size();
        CategoryLabels labels = CategoryLabels.fit(chart.categories(), (WIDTH - tickWidth - 20) / categories);
        plotLeft = Math.max(tickWidth + 10, labels.slanted() ? labels.overhangLeft() + 4 : 0);
        plotWidth = WIDTH - plotLeft - 10;
        double legend = Legend.height(names, WIDTH - 20);
        plotTop = TOP + legend;
        double height = plotTop + PLOT_HEIGHT + labels.height();
        SvgWriter svg = new SvgWriter(WIDTH, height, chart.title());
        Legend.draw(svg, names, 10, TOP, WIDTH - 20);
        drawAxis(svg, digits);
        drawCategoryLabels(svg, labels);
        if (chart.type() == ChartType.LINE) {
            drawLines(svg);
        } else {
            drawBars(svg, chart.type() == ChartType.STACKED_BAR);
        }
        // The zero line last, over the bars' feet, so negative bars read as hanging from it.
        svg.line(plotLeft, y(0), plotLeft + plotWidth, y(0), Palette.AXIS);
        return svg.close();
    }

    /** Covers every value (or every stack's positive and negative sums) and zero. */
    private NiceScale scale() {
        double low = 0;
        double high = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double positive = 0;
            double negative = 0;
            for (ChartSeries series : chart.series()) {
                double value = valueOf(series, c);
                if (Double.isNaN(value)) {
                    continue;
                }
                if (chart.type() == ChartType.STACKED_BAR) {
                    positive += Math.max(0, value);
                    negative += Math.min(0, value);
                } else {
                    positive = Math.max(positive, value);
                    negative = Math.min(negative, value);
                }
            }
            high = Math.max(high, positive);
            low = Math.min(low, negative);
        }
        return NiceScale.of(low, high, TICKS);
    }

    private void drawAxis(SvgWriter svg, int digits) {
        for (double tick : scale.ticks()) {
            svg.line(plotLeft, y(tick), plotLeft + plotWidth, y(tick), Palette.GRID)
                    .text("tick", plotLeft - 6, y(tick) + 4, "end", Palette.SECONDARY_TEXT, format.format(tick, digits));
        }
    }

    private void drawCategoryLabels(SvgWriter svg, CategoryLabels labels) {
        double labelTop = plotTop + PLOT_HEIGHT + 16;
        for (int c = 0; c < chart.categories().size(); c++) {
            double x = center(c);
            if (labels.slanted()) {
                svg.text("category", x, labelTop, "end", -45, Palette.TEXT, labels.lines().get(c));
            } else {
                svg.text("category", x, labelTop, "middle", 0, Palette.TEXT, labels.lines().get(c));
            }
        }
    }

    private void drawBars(SvgWriter svg, boolean stacked) {
        double band = band();
        double group = band * 0.7;
        int count = chart.series().size();
        double barWidth = stacked ? group : group / count;
        for (int c = 0; c < chart.categories().size(); c++) {
            double positive = 0;
            double negative = 0;
            double groupLeft = plotLeft + c * band + (band - group) / 2;
            for (int s = 0; s < count; s++) {
                double value = valueOf(chart.series().get(s), c);
                if (Double.isNaN(value)) {
                    continue;
                }
                double from;
                double to;
                if (stacked) {
                    from = value >= 0 ? positive : negative;
                    to = from + value;
                    if (value >= 0) {
                        positive = to;
                    } else {
                        negative = to;
                    }
                } else {
                    from = 0;
                    to = value;
                }
                double x = stacked ? groupLeft : groupLeft + s * barWidth;
                double top = Math.min(y(from), y(to));
                svg.rect("bar", x, top, Math.max(1, barWidth - (stacked ? 0 : 2)), Math.abs(y(to) - y(from)),
                        Palette.series(s), tooltip(c, s, value));
            }
        }
    }

    private void drawLines(SvgWriter svg) {
        for (int s = 0; s < chart.series().size(); s++) {
            StringBuilder path = new StringBuilder();
            boolean broken = true;
            for (int c = 0; c < chart.categories().size(); c++) {
                double value = valueOf(chart.series().get(s), c);
                if (Double.isNaN(value)) {
                    broken = true;
                    continue;
                }
                path.append(broken ? 'M' : 'L').append(SvgWriter.n(center(c))).append(' ').append(SvgWriter.n(y(value))).append(' ');
                broken = false;
            }
            String color = Palette.series(s);
            svg.raw("<path class=\"line\" d=\"" + path.toString().strip() + "\" style=\"fill:none;stroke:" + color
                    + ";stroke-width:2\"/>");
            for (int c = 0; c < chart.categories().size(); c++) {
                double value = valueOf(chart.series().get(s), c);
                if (!Double.isNaN(value)) {
                    svg.raw("<circle class=\"point\" cx=\"" + SvgWriter.n(center(c)) + "\" cy=\"" + SvgWriter.n(y(value))
                            + "\" r=\"3.5\" style=\"fill:" + color + "\">").tooltip(tooltip(c, s, value)).raw("</circle>");
                }
            }
        }
    }

    /** "March – This year: €1,200.00", or without the series' name when there is only one. */
    private String tooltip(int category, int series, double value) {
        String name = chart.series().size() > 1 ? " – " + names.get(series) : "";
        return chart.categories().get(category) + name + ": " + format.format(value);
    }

    private double band() {
        return plotWidth / chart.categories().size();
    }

    private double center(int category) {
        return plotLeft + (category + 0.5) * band();
    }

    private double y(double value) {
        return plotTop + PLOT_HEIGHT * (1 - scale.fraction(value));
    }

    /** The value, or NaN when it is missing or not a finite number. */
    static double valueOf(ChartSeries series, int category) {
        Double value = series.values().get(category);
        return value == null || !Double.isFinite(value) ? Double.NaN : value;
    }
}
