package dev.rapport.plugin.retention.score;

import java.util.Locale;

/** Churn risk in three bands, a segment facet. */
public enum RiskBand {
    LOW, MEDIUM, HIGH;

    /** From this probability of churning on a customer is in the medium band. */
    public static final double MEDIUM_FROM = 0.3;
    /** From this probability of churning on a customer is in the high band. */
    public static final double HIGH_FROM = 0.6;

    public static RiskBand of(double probability) {
        return probability >= HIGH_FROM ? HIGH : probability >= MEDIUM_FROM ? MEDIUM : LOW;
    }

    /** The stored and facet value. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RiskBand ofValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
