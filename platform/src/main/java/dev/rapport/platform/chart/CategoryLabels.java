package dev.rapport.platform.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * How the category names under a chart fit their band without being cut off: on one line when they fit, wrapped at
 * spaces onto at most {@value #MAX_LINES} lines when that makes them fit, otherwise slanted by 45° (and wrapped
 * every {@value #SLANTED_LINE_CHARS} characters so a very long name does not need a page of height).
 *
 * @param lines each category's lines
 * @param slanted whether the names are turned by 45°
 * @param height the room they need below the axis
 * @param overhangLeft how far slanted names reach left of the first band's centre
 */
record CategoryLabels(List<List<String>> lines, boolean slanted, double height, double overhangLeft) {

    static final int MAX_LINES = 3;
    static final int SLANTED_LINE_CHARS = 28;

    static CategoryLabels fit(List<String> categories, double band) {
        int maxChars = Math.max(1, (int) Math.floor((band - 6) / SvgWriter.CHAR_WIDTH));
        List<List<String>> wrapped = new ArrayList<>();
        boolean fits = true;
        for (String category : categories) {
            List<String> lines = wrap(category, maxChars);
            fits &= lines.size() <= MAX_LINES && lines.stream().allMatch(line -> line.length() <= maxChars);
            wrapped.add(lines);
        }
        if (fits) {
            int mostLines = wrapped.stream().mapToInt(List::size).max().orElse(1);
            return new CategoryLabels(wrapped, false, 8 + mostLines * SvgWriter.LINE_HEIGHT, 0);
        }
        List<List<String>> slanted = new ArrayList<>();
        double widest = 0;
        int mostLines = 1;
        for (String category : categories) {
            List<String> lines = wrap(category, SLANTED_LINE_CHARS);
            slanted.add(lines);
            mostLines = Math.max(mostLines, lines.size());
            for (String line : lines) {
                widest = Math.max(widest, SvgWriter.textWidth(line));
            }
        }
        double reach = widest * Math.sqrt(0.5);
        return new CategoryLabels(slanted, true, 12 + reach + mostLines * SvgWriter.LINE_HEIGHT, reach);
    }

    /** Splits {@code text} at spaces into lines of at most {@code width} characters; a longer word gets a line of its own, broken only if it exceeds the width. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width && width >= SLANTED_LINE_CHARS) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
