package dev.rapport.sdk.event;

import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;

/**
 * A customer was created.
 *
 * @param customerId the new customer
 * @param kind person or organisation
 * @param stage its lifecycle stage
 * @param ownerId its owner, or null
 * @since 1.0.0
 */
public record CustomerCreated(Long customerId, CustomerKind kind, LifecycleStage stage, Long ownerId)
        implements DomainEvent {
}
