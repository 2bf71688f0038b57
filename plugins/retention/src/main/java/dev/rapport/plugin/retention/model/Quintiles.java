package dev.rapport.plugin.retention.model;

import java.util.Arrays;

/**
 * The four cut points that split values into five scores of about a fifth each, higher values scoring higher. Ties
 * stay together, so a score may hold more or less than a fifth (many customers bought exactly once).
 */
public record Quintiles(double[] cuts) {

    /** The cut points of {@code values[0..count)} (sorted in place). */
    public static Quintiles of(double[] values, int count) {
        double[] cuts = new double[4];
        if (count == 0) {
            return new Quintiles(cuts);
        }
        Arrays.sort(values, 0, count);
        for (int i = 1; i <= 4; i++) {
            cuts[i - 1] = values[Math.min(count - 1, (int) ((long) count * i / 5))];
        }
        return new Quintiles(cuts);
    }

    /** The score 1 to 5 of {@code value}: one plus the number of cut points it is above. */
    public int score(double value) {
        int score = 1;
        for (double cut : cuts) {
            if (value > cut) {
                score++;
            }
        }
        return score;
    }

    /** The cut points as text, for storing. */
    public String format() {
        StringBuilder text = new StringBuilder();
        for (double cut : cuts) {
            text.append(text.isEmpty() ? "" : ",").append(cut);
        }
        return text.toString();
    }

    /** The cut points {@link #format} wrote. */
    public static Quintiles parse(String text) {
        return new Quintiles(Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray());
    }
}
