package dev.rapport.sdk.event;

/**
 * A customer was deleted, with everything the kernel kept about them: contact data, contact persons,
 * interactions, transactions, tasks and segment facet values. The customer's id is never used again.
 *
 * <p>A plugin that keeps rows about customers deletes this customer's rows when it receives the event (its
 * listener names {@code CustomerDeleted} in {@code accepts}); as for every event, the listener must be idempotent:
 * deleting rows that are already gone is fine. Reading the customer through the SDK finds nothing by then.
 *
 * @param customerId the deleted customer
 * @param displayName the name the customer had, for a plugin's own log or audit
 * @since 1.3.0
 */
public record CustomerDeleted(Long customerId, String displayName) implements DomainEvent {
}
