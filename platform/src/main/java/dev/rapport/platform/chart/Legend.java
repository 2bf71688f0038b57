package dev.rapport.platform.chart;

import java.util.List;

/** The series' names with their colours, in rows across the chart's width (wrapped when they do not fit one row). */
final class Legend {

    private static final int ROW = 18;
    private static final int SWATCH = 10;

    private Legend() {
    }

    /** The height the legend of {@code names} needs in {@code width}: none for a single series. */
    static double height(List<String> names, double width) {
        return names.size() < 2 ? 0 : rows(names, width) * ROW + 6;
    }

    static void draw(SvgWriter svg, List<String> names, double left, double top, double width) {
        if (names.size() < 2) {
            return;
        }
        double x = left;
        double y = top;
        for (int i = 0; i < names.size(); i++) {
            double itemWidth = itemWidth(names.get(i));
            if (x > left && x + itemWidth > left + width) {
                x = left;
                y += ROW;
            }
            svg.raw("<g class=\"legend-item\">")
                    .rect("legend-swatch", x, y + 3, SWATCH, SWATCH, Palette.series(i), null)
                    .text("legend-label", x + SWATCH + 5, y + 12, "start", Palette.TEXT, names.get(i))
                    .raw("</g>");
            x += itemWidth;
        }
    }

    private static int rows(List<String> names, double width) {
        int rows = 1;
        double x = 0;
        for (String name : names) {
            double itemWidth = itemWidth(name);
            if (x > 0 && x + itemWidth > width) {
                rows++;
                x = 0;
            }
            x += itemWidth;
        }
        return rows;
    }

    private static double itemWidth(String name) {
        return SWATCH + 5 + SvgWriter.textWidth(name) + 16;
    }
}
