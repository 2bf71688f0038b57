package dev.rapport.platform.customer;

import java.math.BigDecimal;
import java.util.Objects;

/** An exact amount in an ISO 4217 currency. Never a floating-point number. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
    }
}
