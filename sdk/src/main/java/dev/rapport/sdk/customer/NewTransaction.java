package dev.rapport.sdk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction a plugin records in a customer's account history through
 * {@link CustomerEditor#recordTransaction(org.jooq.DSLContext, NewTransaction)}, e.g. the refund of a returned
 * device. The kernel records it with the source system {@code plugin:<plugin-id>}; {@code externalRef} makes it
 * idempotent: recording the same reference of the same plugin twice stores it once.
 *
 * @param customerId the customer's id
 * @param kind what happened
 * @param amount the exact amount, never negative (the kind says the direction)
 * @param currency ISO 4217 code of the amount
 * @param productId the product concerned, or null
 * @param occurredAt when it happened
 * @param externalRef the plugin's reference for it (at most 100 characters, e.g. {@code rma-42}), or null
 * @since 1.3.0
 */
public record NewTransaction(long customerId, TransactionKind kind, BigDecimal amount, String currency,
                             Long productId, Instant occurredAt, String externalRef) {

    /**
     * Checks the required parts are there; the kernel validates the rest (amount, currency, product, time).
     *
     * @throws NullPointerException if {@code kind}, {@code amount}, {@code currency} or {@code occurredAt} is null
     */
    public NewTransaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
