package dev.rapport.platform.chart;

import java.util.List;
import java.util.Locale;

/** Appends SVG elements with escaped text and compact coordinates. */
final class SvgWriter {

    /** Average width of a character at the charts' 12 px font: enough to size margins and wrap labels. */
    static final double CHAR_WIDTH = 6.6;
    static final int LINE_HEIGHT = 14;

    private final StringBuilder svg = new StringBuilder();

    /** Opens the document: scales to its container's width, takes the theme's font, and is announced as an image titled {@code title}. */
    SvgWriter(double width, double height, String title) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"rapport-chart-svg\" viewBox=\"0 0 ")
                .append(n(width)).append(' ').append(n(height))
                .append("\" style=\"width:100%;height:auto;max-width:").append(n(width)).append("px;")
                .append("font-family:var(--lumo-font-family);font-size:12px\">")
                .append("<title>").append(escape(title)).append("</title>");
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    // Control characters are not allowed in XML at all.
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    /** A coordinate with at most one decimal. */
    static String n(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    static double textWidth(String text) {
        return text.length() * CHAR_WIDTH;
    }

    SvgWriter raw(String markup) {
        svg.append(markup);
        return this;
    }

    /** A rectangle filled with {@code color} whose hover text is {@code tooltip}. */
    SvgWriter rect(String cssClass, double x, double y, double width, double height, String color, String tooltip) {
        svg.append("<rect class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
                .append("\" style=\"fill:").append(color).append("\">");
        return tooltip(tooltip).raw("</rect>");
    }

    SvgWriter line(double x1, double y1, double x2, double y2, String stroke) {
        svg.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" style=\"stroke:").append(stroke).append(";stroke-width:1\"/>");
        return this;
    }

    /**
     * Text of one or more lines starting at ({@code x}, {@code y}); {@code anchor} is start, middle or end;
     * {@code rotate} turns it about its anchor point (degrees, negative: upwards).
     */
    SvgWriter text(String cssClass, double x, double y, String anchor, int rotate, String color, List<String> lines) {
        svg.append("<text class=\"").append(cssClass).append("\" x=\"").append(n(x)).append("\" y=\"").append(n(y))
                .append("\" text-anchor=\"").append(anchor).append('"');
        if (rotate != 0) {
            svg.append(" transform=\"rotate(").append(rotate).append(' ').append(n(x)).append(' ').append(n(y)).append(")\"");
        }
        svg.append(" style=\"fill:").append(color).append("\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(n(x)).append("\" dy=\"").append(i == 0 ? "0" : String.valueOf(LINE_HEIGHT))
                    .append("\">").append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
        return this;
    }

    SvgWriter text(String cssClass, double x, double y, String anchor, String color, String text) {
        return text(cssClass, x, y, anchor, 0, color, List.of(text));
    }

    SvgWriter tooltip(String tooltip) {
        if (tooltip != null) {
            svg.append("<title>").append(escape(tooltip)).append("</title>");
        }
        return this;
    }

    String close() {
        return svg.append("</svg>").toString();
    }
}
