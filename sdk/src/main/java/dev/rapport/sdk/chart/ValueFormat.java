package dev.rapport.sdk.chart;

import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link Chart}'s values read: on the axis, in the hover text and in the table for screen readers.
 *
 * @param kind plain numbers, money in a currency, percentages, or numbers followed by a unit
 * @param unit the ISO 4217 currency code for {@link Kind#MONEY}, the unit's text for {@link Kind#UNIT} (e.g.
 *             {@code days}), otherwise ignored
 * @param locale the reader's language and country: decimal and grouping separators
 * @param fractionDigits the decimals of a value (the axis uses as many as its step needs)
 * @since 1.3.0
 */
public record ValueFormat(Kind kind, String unit, Locale locale, int fractionDigits) {

    /** What kind of values a chart shows. */
    public enum Kind {
        /** Plain numbers. */
        NUMBER,
        /** Amounts of money in the currency named by {@link ValueFormat#unit()}. */
        MONEY,
        /** Percentages: a value of 12.5 reads "12.5 %". */
        PERCENT,
        /** Numbers followed by {@link ValueFormat#unit()}, e.g. "3.5 days". */
        UNIT
    }

    /** Checks the arguments. */
    public ValueFormat {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(locale, "locale");
        if (fractionDigits < 0) {
            throw new IllegalArgumentException("fractionDigits < 0");
        }
        if ((kind == Kind.MONEY || kind == Kind.UNIT) && (unit == null || unit.isBlank())) {
            throw new IllegalArgumentException(kind + " needs a unit");
        }
    }

    /**
     * Whole numbers, e.g. counts.
     *
     * @param locale the reader's locale
     * @return the format
     */
    public static ValueFormat count(Locale locale) {
        return new ValueFormat(Kind.NUMBER, null, locale, 0);
    }

    /**
     * Amounts in {@code currency}, with its minor units.
     *
     * @param currency an ISO 4217 code such as {@code EUR}
     * @param locale the reader's locale
     * @return the format
     */
    public static ValueFormat money(String currency, Locale locale) {
        return new ValueFormat(Kind.MONEY, currency, locale,
                Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()));
    }

    /**
     * Percentages with one decimal.
     *
     * @param locale the reader's locale
     * @return the format
     */
    public static ValueFormat percent(Locale locale) {
        return new ValueFormat(Kind.PERCENT, null, locale, 1);
    }

    /**
     * Numbers with one decimal followed by {@code unit}.
     *
     * @param unit the unit's text in the reader's language, e.g. {@code Tage}
     * @param locale the reader's locale
     * @return the format
     */
    public static ValueFormat unit(String unit, Locale locale) {
        return new ValueFormat(Kind.UNIT, unit, locale, 1);
    }

    /**
     * A value as the hover text and the table show it.
     *
     * @param value the value
     * @return e.g. {@code €1,234.50}, {@code 12.5 %}, {@code 1,200}
     */
    public String format(double value) {
        return format(value, kind == Kind.MONEY ? fractionDigits : 0, fractionDigits);
    }

    /**
     * A value with at most {@code digits} decimals, as an axis shows its ticks (a money axis with steps of 1,000
     * needs none).
     *
     * @param value the value
     * @param digits the most decimals to show
     * @return the text
     */
    public String format(double value, int digits) {
        return format(value, 0, Math.max(0, digits));
    }

    private String format(double value, int minimumDigits, int maximumDigits) {
        NumberFormat format = kind == Kind.MONEY ? NumberFormat.getCurrencyInstance(locale)
                : NumberFormat.getNumberInstance(locale);
        if (kind == Kind.MONEY) {
            format.setCurrency(Currency.getInstance(unit));
        }
        format.setMinimumFractionDigits(minimumDigits);
        format.setMaximumFractionDigits(maximumDigits);
        String number = format.format(value == 0 ? 0.0 : value);
        return switch (kind) {
            case NUMBER, MONEY -> number;
            case PERCENT -> number + " %";
            case UNIT -> number + " " + unit;
        };
    }
}
