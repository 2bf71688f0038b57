package dev.rapport.sdk.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A transaction a plugin records for a customer with {@link CustomerEditor#recordTransaction}. {@code externalRef}
 * identifies it within the plugin (the plugin's id is its source system), so recording it again is harmless.
 *
 * @param customerId the customer
 * @param kind what happened
 * @param amount the amount, positive
 * @param currency its ISO 4217 code
 * @param productId the product of the kernel's catalogue, or null
 * @param occurredAt when it happened (at most a day ahead)
 * @param externalRef the plugin's reference, unique within the plugin
 * @since 1.3.0
 */
public record NewTransaction(long customerId, TransactionKind kind, BigDecimal amount, String currency, Long productId,
                             Instant occurredAt, String externalRef) {

    public NewTransaction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(externalRef, "externalRef");
    }
}
