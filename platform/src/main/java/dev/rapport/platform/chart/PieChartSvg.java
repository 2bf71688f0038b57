package dev.rapport.platform.chart;

import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import java.util.ArrayList;
import java.util.List;

/** The first series' positive values as slices, in the order given, with a legend of names, values and shares. */
final class PieChartSvg {

    private static final double RADIUS = 100;
    private static final double CX = 120;
    private static final double CY = 120;
    private static final double LEGEND_LEFT = 250;
    private static final int ROW = 20;

    private final Chart chart;

    PieChartSvg(Chart chart) {
        this.chart = chart;
    }

    /** The markup, or null when no value is positive (nothing to draw). */
    String draw() {
        ChartSeries series = chart.series().getFirst();
        List<Integer> slices = new ArrayList<>();
        double total = 0;
        for (int c = 0; c < chart.categories().size(); c++) {
            double value = CartesianChartSvg.valueOf(series, c);
            if (value > 0) {
                slices.add(c);
                total += value;
            }
        }
        if (slices.isEmpty()) {
            return null;
        }
        List<List<String>> legendLines = slices.stream().map(c -> CategoryLabels.wrap(chart.categories().get(c) + " · "
                + chart.format().format(series.values().get(c)), 40)).toList();
        int legendRows = legendLines.stream().mapToInt(List::size).sum();
        double height = Math.max(2 * CY, 20 + legendRows * ROW);
        double width = Math.max(CartesianChartSvg.WIDTH, LEGEND_LEFT + legendLines.stream().flatMap(List::stream)
                .mapToDouble(SvgWriter::textWidth).max().orElse(0) + 40);
        SvgWriter svg = new SvgWriter(width, height, chart.title());
        double angle = -Math.PI / 2;
        double legendY = 20;
        for (int i = 0; i < slices.size(); i++) {
            int c = slices.get(i);
            double value = series.values().get(c);
            double share = value / total;
            String tooltip = chart.categories().get(c) + ": " + chart.format().format(value) + " ("
                    + percent(share) + ")";
            String color = Palette.series(i);
            if (slices.size() == 1) {
                svg.raw("<circle class=\"slice\" cx=\"" + SvgWriter.n(CX) + "\" cy=\"" + SvgWriter.n(CY) + "\" r=\""
                        + SvgWriter.n(RADIUS) + "\" style=\"fill:" + color + "\">").tooltip(tooltip).raw("</circle>");
            } else {
                double end = angle + share * 2 * Math.PI;
                svg.raw("<path class=\"slice\" d=\"M" + SvgWriter.n(CX) + " " + SvgWriter.n(CY)
                        + " L" + point(angle) + " A" + SvgWriter.n(RADIUS) + " " + SvgWriter.n(RADIUS) + " 0 "
                        + (share > 0.5 ? 1 : 0) + " 1 " + point(end) + " Z\" style=\"fill:" + color
                        + ";stroke:var(--lumo-base-color);stroke-width:1\">").tooltip(tooltip).raw("</path>");
                angle = end;
            }
            svg.rect("legend-swatch", LEGEND_LEFT, legendY - 10, 10, 10, color, null);
            svg.text("legend-label", LEGEND_LEFT + 16, legendY, "start", 0, Palette.TEXT, legendLines.get(i));
            legendY += legendLines.get(i).size() * ROW;
        }
        return svg.close();
    }

    private String percent(double share) {
        return String.format(chart.format().locale(), "%.1f %%", share * 100);
    }

    private static String point(double angle) {
        return SvgWriter.n(CX + RADIUS * Math.cos(angle)) + " " + SvgWriter.n(CY + RADIUS * Math.sin(angle));
    }
}
