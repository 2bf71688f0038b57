package dev.rapport.sdk.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What {@link CurrencyConverter#convert} answers: either the {@link Converted converted amount} or the fact that
 * {@link MissingRate no rate} was known. A missing rate is an ordinary answer, not an exception: a caller decides
 * whether to leave the amount out with a note, show it unconverted or refuse, and never counts it as zero.
 *
 * <p>These two cases are the only ones, in every 1.x version of the SDK: a {@code switch} over them may be
 * exhaustive. Immutable values, safe to share between threads.
 *
 * @since 1.3.0
 */
public sealed interface Conversion {

    /**
     * Whether a rate was found.
     *
     * @return true for {@link Converted}
     */
    default boolean converted() {
        return this instanceof Converted;
    }

    /**
     * The amount was converted.
     *
     * @param money the amount in the target currency, rounded half up to the currency's minor units (two for the
     *              euro, none for the yen, three for the dinar)
     * @param rate units of the target currency per unit of the source currency; for display only: when the rate
     *             is an inverse or a cross rate it is rounded to 12 significant digits, while {@code money} was
     *             computed from the stored rates exactly
     * @param rateDate the date of the rate used; for a cross rate the older of its two rates' dates
     * @since 1.3.0
     */
    record Converted(Money money, BigDecimal rate, LocalDate rateDate) implements Conversion {

        /**
         * Checks that nothing is missing.
         *
         * @throws NullPointerException if a component is null
         */
        public Converted {
            Objects.requireNonNull(money, "money");
            Objects.requireNonNull(rate, "rate");
            Objects.requireNonNull(rateDate, "rateDate");
        }
    }

    /**
     * No rate from {@code from} to {@code to} was known on {@code date} or in the
     * {@linkplain CurrencyConverter#MAX_RATE_AGE_DAYS days before} it, directly, inversely or across the
     * reporting currency or the euro.
     *
     * @param from the source currency
     * @param to the target currency
     * @param date the date asked for
     * @since 1.3.0
     */
    record MissingRate(String from, String to, LocalDate date) implements Conversion {

        /**
         * Checks that nothing is missing.
         *
         * @throws NullPointerException if a component is null
         */
        public MissingRate {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(date, "date");
        }

        /**
         * The problem in words, for logs: {@code no rate for USD→JPY on or before 2026-03-01}.
         *
         * @return the text (English; user-facing texts come from the plugin's translations)
         */
        @Override
        public String toString() {
            return "no rate for " + from + "→" + to + " on or before " + date;
        }
    }
}
