package dev.rapport.platform.customer;

import java.time.Instant;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/** One row of the customer list; also the keyset cursor for the next page (sort name or creation time, then id). */
public record CustomerSummary(long id, CustomerKind kind, String displayName, String sortName, LifecycleStage stage,
                              Long ownerId, String primaryEmail, String primaryPhone, Instant createdAt) {
}
