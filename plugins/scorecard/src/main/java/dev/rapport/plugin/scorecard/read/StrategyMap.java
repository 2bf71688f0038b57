package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.Perspective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The strategy map as SVG: one band per perspective (financial at the top, learning and growth at the bottom),
 * the objectives as boxes coloured by their score, and an arrow from each objective to every one it leads to. Drawn
 * on the server, every text escaped, sized by the viewBox so it scales with the page.
 */
public final class StrategyMap {

    static final int WIDTH = 900;
    static final int BAND = 110;
    private static final int LABEL = 150;
    private static final int BOX_WIDTH = 170;
    private static final int BOX_HEIGHT = 54;
    /** How far an arrow past a band bends out beyond the boxes' right edges. */
    private static final int BEND = 50;
    private static final BigDecimal GOOD = BigDecimal.valueOf(90);
    private static final BigDecimal FAIR = BigDecimal.valueOf(70);

    private StrategyMap() {
    }

    /** The map of {@code report}'s objectives, perspective names from {@code label}. */
    public static String svg(ScorecardReport report, Function<Perspective, String> label, String title) {
        List<ObjectiveLine> objectives = report.objectives();
        Map<Perspective, List<Integer>> byPerspective = new EnumMap<>(Perspective.class);
        for (int i = 0; i < objectives.size(); i++) {
            byPerspective.computeIfAbsent(objectives.get(i).objective().perspective(), key -> new ArrayList<>()).add(i);
        }
        double[][] centres = new double[objectives.size()][];
        int height = BAND * Perspective.values().length;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(escape(title)).append("\" style=\"width:100%;max-width:")
                .append(WIDTH).append("px;font-family:sans-serif\">");
        svg.append("<defs><marker id=\"sc-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#455a64\"/>"
                + "</marker></defs>");
        for (Perspective perspective : Perspective.values()) {
            int top = perspective.ordinal() * BAND;
            svg.append("<rect x=\"0\" y=\"").append(top).append("\" width=\"").append(WIDTH).append("\" height=\"")
                    .append(BAND).append("\" fill=\"").append(perspective.ordinal() % 2 == 0 ? "#f5f7fa" : "#eceff1")
                    .append("\"/>");
            svg.append("<text x=\"10\" y=\"").append(top + BAND / 2 + 5).append("\" font-size=\"14\" font-weight=\"bold\" "
                    + "fill=\"#37474f\">").append(escape(label.apply(perspective))).append("</text>");
            List<Integer> members = byPerspective.getOrDefault(perspective, List.of());
            double slot = (WIDTH - LABEL) / (double) Math.max(1, members.size());
            for (int n = 0; n < members.size(); n++) {
                centres[members.get(n)] = new double[] {LABEL + slot * n + slot / 2, top + BAND / 2.0};
            }
        }
        for (int i = 0; i < objectives.size(); i++) {
            for (int target : objectives.get(i).objective().leadsTo()) {
                if (target >= 0 && target < objectives.size() && target != i) {
                    arrow(svg, centres[i], centres[target]);
                }
            }
        }
        for (int i = 0; i < objectives.size(); i++) {
            box(svg, centres[i], objectives.get(i));
        }
        return svg.append("</svg>").toString();
    }

    /**
     * An arrow between two boxes: straight between neighbouring bands or within one band; past a band between them
     * it bends out to the right from box edge to box edge, so it does not run under the boxes in between.
     */
    private static void arrow(StringBuilder svg, double[] from, double[] to) {
        String path;
        if (Math.abs(to[1] - from[1]) > BAND * 1.5) {
            double fromX = from[0] + BOX_WIDTH / 2.0;
            double toX = to[0] + BOX_WIDTH / 2.0;
            double bend = Math.min(WIDTH - 5, Math.max(fromX, toX) + BEND);
            path = "M" + round(fromX) + "," + round(from[1]) + " C" + round(bend) + "," + round(from[1]) + " "
                    + round(bend) + "," + round(to[1]) + " " + round(toX) + "," + round(to[1]);
        } else if (to[1] == from[1]) {
            // Side by side in one band: from the facing edges, so the arrow head is not hidden under a box.
            double half = (to[0] > from[0] ? BOX_WIDTH : -BOX_WIDTH) / 2.0;
            path = "M" + round(from[0] + half) + "," + round(from[1]) + " L" + round(to[0] - half) + ","
                    + round(to[1]);
        } else {
            double edge = (to[1] < from[1] ? -BOX_HEIGHT : BOX_HEIGHT) / 2.0;
            path = "M" + round(from[0]) + "," + round(from[1] + edge) + " L" + round(to[0]) + ","
                    + round(to[1] - edge);
        }
        svg.append("<path class=\"sc-link\" d=\"").append(path)
                .append("\" fill=\"none\" stroke=\"#455a64\" stroke-width=\"2\" marker-end=\"url(#sc-arrow)\"/>");
    }

    private static void box(StringBuilder svg, double[] centre, ObjectiveLine objective) {
        double left = centre[0] - BOX_WIDTH / 2.0;
        double top = centre[1] - BOX_HEIGHT / 2.0;
        svg.append("<g class=\"sc-objective\"><rect x=\"").append(round(left)).append("\" y=\"").append(round(top))
                .append("\" width=\"").append(BOX_WIDTH).append("\" height=\"").append(BOX_HEIGHT)
                .append("\" rx=\"8\" fill=\"#ffffff\" stroke=\"").append(colour(objective.score()))
                .append("\" stroke-width=\"3\"/>");
        svg.append("<text x=\"").append(round(centre[0])).append("\" y=\"").append(round(centre[1] - 4))
                .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#263238\">")
                .append(escape(shorten(objective.objective().name()))).append("</text>");
        svg.append("<text x=\"").append(round(centre[0])).append("\" y=\"").append(round(centre[1] + 14))
                .append("\" font-size=\"12\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"")
                .append(colour(objective.score())).append("\">")
                .append(objective.score().map(score -> score.stripTrailingZeros().toPlainString()).orElse("–"))
                .append("</text></g>");
    }

    /** The colour of a score: green from 90, amber from 70, red below, grey without one. */
    public static String colour(Optional<BigDecimal> score) {
        if (score.isEmpty()) {
            return "#9e9e9e";
        }
        return score.get().compareTo(GOOD) >= 0 ? "#2e7d32" : score.get().compareTo(FAIR) >= 0 ? "#b26a00" : "#c62828";
    }

    private static String shorten(String name) {
        return name.length() <= 26 ? name : name.substring(0, 25) + "…";
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
