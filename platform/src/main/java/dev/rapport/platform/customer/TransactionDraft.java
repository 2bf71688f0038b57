package dev.rapport.platform.customer;

import java.math.BigDecimal;
import java.time.Instant;
import dev.rapport.sdk.customer.TransactionKind;

/**
 * A transaction to record. {@code sourceSystem} plus {@code externalRef} identify it in the system it came
 * from; recording the same pair twice stores it once.
 */
public record TransactionDraft(long customerId, TransactionKind kind, BigDecimal amount, String currency,
                               Long productId, Instant occurredAt, String sourceSystem, String externalRef) {
}
