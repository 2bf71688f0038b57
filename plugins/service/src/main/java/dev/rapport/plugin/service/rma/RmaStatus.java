package dev.rapport.plugin.service.rma;

import java.util.Set;

/**
 * Where a return stands: requested, then approved or refused; once approved, shipped back by the customer (with
 * its tracking number), received, and completed by the inspection's outcome.
 */
public enum RmaStatus {
    REQUESTED,
    APPROVED,
    REFUSED,
    SHIPPED,
    RECEIVED,
    COMPLETED;

    /** Whether the return still needs work. */
    public boolean isOpen() {
        return this != REFUSED && this != COMPLETED;
    }

    /** The statuses in which each step may be taken. */
    static final Set<RmaStatus> SHIPPABLE = Set.of(APPROVED);
    static final Set<RmaStatus> RECEIVABLE = Set.of(APPROVED, SHIPPED);
}
