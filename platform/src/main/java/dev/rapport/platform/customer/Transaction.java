package dev.rapport.platform.customer;

import java.time.Instant;
import dev.rapport.sdk.customer.TransactionKind;

/** One entry of a customer's account and transaction history, as reported by a source system. */
public record Transaction(long id, long customerId, TransactionKind kind, Money amount, Long productId,
                          Instant occurredAt, String sourceSystem, String externalRef, Instant recordedAt) {
}
