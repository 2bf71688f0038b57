package dev.rapport.sdk.extension;

import java.util.Objects;

/**
 * One key fact in the header of a customer's 360° view, as {@link CustomerFacts} gives it.
 *
 * @param label what the fact is, translated, e.g. "Churn risk"
 * @param value the fact, formatted for the viewer, e.g. "High"
 * @param tone how the value should strike the reader (its colour)
 * @param explanation why, in words, shown on hover and to screen readers, e.g. "No purchase for 14 months;
 *                    two complaints"; or null
 * @since 1.3.0
 */
public record CustomerFact(String label, String value, Tone tone, String explanation) {

    /**
     * How a fact should strike the reader; the platform picks the colour of the theme.
     *
     * @since 1.3.0
     */
    public enum Tone {
        /** Neither good nor bad news. */
        NEUTRAL,
        /** Good news, e.g. a high customer value. */
        GOOD,
        /** Worth a look, e.g. a medium churn risk. */
        WARNING,
        /** Needs action, e.g. a breached service agreement. */
        BAD
    }

    /**
     * Checks the fact.
     *
     * @throws NullPointerException if {@code label}, {@code value} or {@code tone} is null
     */
    public CustomerFact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(tone, "tone");
    }

    /**
     * A neutral fact without explanation.
     *
     * @param label what the fact is
     * @param value the fact
     * @return the fact
     */
    public static CustomerFact of(String label, String value) {
        return new CustomerFact(label, value, Tone.NEUTRAL, null);
    }
}
