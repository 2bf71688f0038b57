package dev.rapport.sdk.customer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a customer's account and transaction history.
 *
 * @param id the transaction's id
 * @param customerId the customer's id
 * @param kind what happened
 * @param amount the exact amount, never negative (the kind says the direction)
 * @param currency ISO 4217 code of the amount
 * @param productId the product concerned, or null
 * @param occurredAt when it happened in the source system
 * @param sourceSystem the system that reported it, e.g. {@code erp}
 * @param externalRef its reference in that system, or null
 * @since 1.0.0
 */
public record TransactionInfo(long id, long customerId, TransactionKind kind, BigDecimal amount, String currency,
                              Long productId, Instant occurredAt, String sourceSystem, String externalRef) {
}
