package dev.rapport.sdk.event;

import dev.rapport.sdk.customer.LifecycleStage;
import java.util.Set;

/**
 * A customer's master data was saved.
 *
 * @param customerId the customer
 * @param changedFields the names of the fields that changed, e.g. {@code stage}, {@code emails}
 * @param stage the lifecycle stage after the change
 * @param ownerId the owner after the change, or null
 * @since 1.0.0
 */
public record CustomerUpdated(Long customerId, Set<String> changedFields, LifecycleStage stage, Long ownerId)
        implements DomainEvent {

    /** Copies {@code changedFields}. */
    public CustomerUpdated {
        changedFields = Set.copyOf(changedFields);
    }
}
