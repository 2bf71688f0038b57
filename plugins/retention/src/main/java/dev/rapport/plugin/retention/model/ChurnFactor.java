package dev.rapport.plugin.retention.model;

import java.util.Locale;

/** What the churn model looks at, in the order of its feature vector; each also names a reason in words. */
public enum ChurnFactor {
    /** Days since the last purchase. */
    RECENCY,
    /** Purchases in the last year. */
    FREQUENCY,
    /** Purchases in the last half year minus those in the half year before. */
    FREQUENCY_TREND,
    /** The last half year's spend against the half year before, from -1 (stopped) to 1 (started). */
    SPEND_TREND,
    /** Service requests (complaints included) opened in the last year. */
    REQUESTS,
    /** Service requests open at the time. */
    OPEN_REQUESTS,
    /** Subscriptions that ended in the last year. */
    CONTRACT_ENDS,
    /** Days since the first purchase. */
    TENURE;

    /** The feature's name for the model and the stored reason code. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The factor of a stored reason code. */
    public static ChurnFactor ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
