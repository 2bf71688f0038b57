package dev.rapport.platform.customer;

import java.time.Instant;
import dev.rapport.sdk.customer.CustomerKind;

/** A stored customer: its details plus identity, audit timestamps and the version used for optimistic locking. */
public record Customer(long id, CustomerDraft details, Instant consentChangedAt, Instant createdAt,
                       Instant updatedAt, Long updatedBy, int version) {

    public String displayName() {
        return details.displayName();
    }

    public CustomerKind kind() {
        return details.kind();
    }
}
