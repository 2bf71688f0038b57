package dev.rapport.sdk.money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Converts amounts between currencies at a date with the exchange rates administrators keep in the kernel
 * (entered by hand or imported from a central bank's reference-rate file), and names the company's reporting
 * currency. Obtained from {@link dev.rapport.sdk.PluginContext#money()} or as a constructor parameter.
 *
 * <p><b>Which rate.</b> A rate is dated; for a date {@code D} the converter uses the rate of the latest date on or
 * before {@code D} and at most {@value #MAX_RATE_AGE_DAYS} days older (weekends and holidays have no reference
 * rate); an older or a later rate is never used. It looks, in this order, for a rate of the pair itself
 * ({@code from→to}), its inverse ({@code to→from}, divided by), and a cross rate through the reporting currency,
 * then through the euro ({@code from→X} and {@code X→to}, each direct or inverse, each dated as above). When none
 * is found the answer is {@link Conversion.MissingRate}: the converter never guesses.
 *
 * <p><b>Arithmetic.</b> Exact decimal arithmetic: the amount is multiplied and divided by the stored rates without
 * any intermediate rounding, and the result is rounded once, half up (away from zero at .5), to the target
 * currency's minor units ({@link java.util.Currency#getDefaultFractionDigits()}; four places for a currency
 * without minor units such as gold). An amount in its own currency is only rounded so.
 *
 * <p><b>Threading and lifecycle.</b> Thread-safe, usable from any thread as long as the plugin is started. Rates
 * are cached by the kernel and the cache is emptied whenever an administrator changes rates, so a call is cheap;
 * the first call for a currency pair and year reads the database.
 *
 * <p><b>Failure.</b> A missing rate is an answer, not an exception. Unknown currency codes and null arguments are
 * programming errors ({@link IllegalArgumentException}, {@link NullPointerException}); a database failure
 * surfaces as an unchecked exception of jOOQ.
 *
 * @since 1.3.0
 */
public interface CurrencyConverter {

    /** How many days older than the date asked for a rate may be, e.g. a Friday's rate for the Sunday after. */
    int MAX_RATE_AGE_DAYS = 7;

    /**
     * Converts {@code amount} in {@code currency} into {@code targetCurrency} at the rate of {@code date}.
     *
     * @param amount the exact amount
     * @param currency its ISO 4217 code
     * @param targetCurrency the ISO 4217 code to convert to
     * @param date the day whose rate applies (the day of the transaction, or the last day of a period)
     * @return the converted amount, or the missing rate
     * @throws IllegalArgumentException if a currency code is not ISO 4217
     */
    Conversion convert(BigDecimal amount, String currency, String targetCurrency, LocalDate date);

    /**
     * Converts {@code money} into {@code targetCurrency} at the rate of {@code date}; see
     * {@link #convert(BigDecimal, String, String, LocalDate)}.
     *
     * @param money the amount and its currency
     * @param targetCurrency the ISO 4217 code to convert to
     * @param date the day whose rate applies
     * @return the converted amount, or the missing rate
     * @throws IllegalArgumentException if {@code targetCurrency} is not ISO 4217
     */
    default Conversion convert(Money money, String targetCurrency, LocalDate date) {
        return convert(money.amount(), money.currency(), targetCurrency, date);
    }

    /**
     * Converts {@code money} into the {@linkplain #reportingCurrency() reporting currency} at the rate of
     * {@code date}.
     *
     * @param money the amount and its currency
     * @param date the day whose rate applies
     * @return the converted amount, or the missing rate
     */
    default Conversion toReportingCurrency(Money money, LocalDate date) {
        return convert(money, reportingCurrency(), date);
    }

    /**
     * The currency the company reports in, set by an administrator (the euro until one does). It may change while
     * the plugin runs: read it when needed rather than keeping it.
     *
     * @return its ISO 4217 code
     */
    String reportingCurrency();
}
