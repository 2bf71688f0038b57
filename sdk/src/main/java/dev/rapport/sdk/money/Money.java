package dev.rapport.sdk.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in an ISO 4217 currency; never a floating-point number. An immutable value, safe to share
 * between threads.
 *
 * @param amount the exact amount, at whatever scale it was given (the kernel rounds only when it converts)
 * @param currency the ISO 4217 code in upper case, e.g. {@code EUR}
 * @since 1.3.0
 */
public record Money(BigDecimal amount, String currency) {

    /**
     * Checks the amount and the currency.
     *
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if {@code currency} is not an ISO 4217 code
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Only the upper-case code of an ISO 4217 currency is accepted.
        Currency.getInstance(currency);
    }

    /**
     * An amount in a currency.
     *
     * @param amount the exact amount, e.g. {@code "12.50"}
     * @param currency the ISO 4217 code
     * @return the money
     * @throws NumberFormatException if {@code amount} is not a decimal number
     */
    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }
}
