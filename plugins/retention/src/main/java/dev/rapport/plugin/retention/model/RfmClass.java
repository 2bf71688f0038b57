package dev.rapport.plugin.retention.model;

/**
 * The named RFM classes of the usual recency-by-frequency grid (frequency here is the mean of the frequency and
 * monetary scores, rounded half up), and {@link #NO_HISTORY} for customers without revenue.
 */
public enum RfmClass {
    CHAMPIONS, LOYAL, POTENTIAL_LOYALISTS, NEW_CUSTOMERS, PROMISING, NEED_ATTENTION, ABOUT_TO_SLEEP, AT_RISK,
    CANNOT_LOSE, HIBERNATING, NO_HISTORY;

    /** The stored and facet value, e.g. {@code at-risk}. */
    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The class of a stored value. */
    public static RfmClass ofValue(String value) {
        return valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    /**
     * The class of recency score {@code r} and frequency/monetary score {@code fm}, both 1 (worst) to 5 (best).
     */
    public static RfmClass of(int r, int fm) {
        if (r >= 5 && fm >= 4 || r == 4 && fm == 5) {
            return CHAMPIONS;
        }
        if (r >= 3 && fm >= 4) {
            return LOYAL;
        }
        if (r >= 4 && fm >= 2) {
            return POTENTIAL_LOYALISTS;
        }
        if (r == 5) {
            return NEW_CUSTOMERS;
        }
        if (r == 4) {
            return PROMISING;
        }
        if (r == 3) {
            return fm == 3 ? NEED_ATTENTION : ABOUT_TO_SLEEP;
        }
        if (fm == 5) {
            return CANNOT_LOSE;
        }
        return fm >= 3 ? AT_RISK : HIBERNATING;
    }

    /** The combined frequency/monetary score of a frequency and a monetary score. */
    public static int frequencyMonetary(int f, int m) {
        return (f + m + 1) / 2;
    }
}
