package dev.rapport.plugin.acquisition.ui;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, drawn on the server. Vaadin Charts is commercial and vaadin-core has no
 * chart; a chart library would add a frontend build (or AWT and fonts on the server, for images) for what is a few
 * rectangles. Inline SVG scales with the page, takes Lumo's colours and fonts through CSS variables, and its
 * title and text are real text for screen readers.
 */
public final class BarChart {

    private static final int WIDTH = 560;
    private static final int LABEL_WIDTH = 170;
    private static final int VALUE_WIDTH = 80;
    private static final int ROW = 30;
    private static final int BAR = 18;

    /** One bar: its label, its length, and the text shown after it. */
    public record Bar(String label, double value, String valueText) {
    }

    private BarChart() {
    }

    /** The chart's SVG markup; bars are scaled to the largest value. */
    public static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int height = bars.size() * ROW + 10;
        int track = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" style=\"width:100%;max-width:").append(WIDTH).append("px;height:auto;")
                .append("font-family:var(--lumo-font-family);font-size:13px\">");
        svg.append("<title>").append(escape(title)).append("</title>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 5;
            double length = max <= 0 ? 0 : Math.max(0, bar.value()) / max * track;
            svg.append("<text x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" text-anchor=\"end\" style=\"fill:var(--lumo-body-text-color)\">")
                    .append(escape(bar.label())).append("</text>");
            svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(track)
                    .append("\" height=\"").append(BAR).append("\" rx=\"3\" style=\"fill:var(--lumo-contrast-5pct)\"/>");
            svg.append("<rect class=\"bar\" x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(String.format(Locale.ROOT, "%.1f", length)).append("\" height=\"").append(BAR)
                    .append("\" rx=\"3\" style=\"fill:var(--lumo-primary-color)\"><title>").append(escape(bar.label()))
                    .append(": ").append(escape(bar.valueText())).append("</title></rect>");
            svg.append("<text x=\"").append(LABEL_WIDTH + track + 8).append("\" y=\"").append(y + BAR - 4)
                    .append("\" style=\"fill:var(--lumo-secondary-text-color)\">").append(escape(bar.valueText()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
