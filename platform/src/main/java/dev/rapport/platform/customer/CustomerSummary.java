package dev.rapport.platform.customer;

import java.time.Instant;

/** One row of the customer list; also the keyset cursor for the next page (sort name or creation time, then id). */
public record CustomerSummary(long id, CustomerKind kind, String displayName, String sortName, LifecycleStage stage,
                              Long ownerId, String primaryEmail, String primaryPhone, Instant createdAt) {
}
