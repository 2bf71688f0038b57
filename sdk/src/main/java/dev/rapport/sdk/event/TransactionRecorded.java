package dev.rapport.sdk.event;

import dev.rapport.sdk.customer.TransactionKind;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A transaction of a customer was recorded, e.g. a large deposit that should make a salesperson call.
 *
 * @param customerId the customer
 * @param transactionId the new transaction
 * @param kind what happened
 * @param amount the exact amount
 * @param currency ISO 4217 code of the amount
 * @param productId the product concerned, or null
 * @param occurredAt when it happened
 * @since 1.0.0
 */
public record TransactionRecorded(Long customerId, long transactionId, TransactionKind kind, BigDecimal amount,
                                  String currency, Long productId, Instant occurredAt) implements DomainEvent {
}
