package dev.rapport.sdk.event;

/**
 * Something that happened in the CRM. The kernel's events are records of this sealed hierarchy; plugins
 * define their own as records implementing {@link PluginEvent}.
 *
 * <p>Events are written in the same transaction as the change they describe (an outbox) and delivered
 * after commit to every enabled {@link dev.rapport.sdk.extension.DomainEventListener}, at least once, in
 * order per customer. They are stored as JSON: an event record's components must be JSON-friendly values
 * (numbers, strings, booleans, enums, {@code java.time} values, {@code BigDecimal}, lists and sets of them).
 *
 * <p>1.3.0 permits {@link CustomerDeleted}: a {@code switch} over the kernel's events keeps a {@code default}
 * branch, so a type added in a minor version never reaches code that does not know it.
 *
 * @since 1.0.0
 */
public sealed interface DomainEvent permits CustomerCreated, CustomerUpdated, CustomerMerged, CustomerDeleted,
        InteractionLogged, TransactionRecorded, TaskCreated, TaskCompleted, PluginEvent {

    /**
     * The customer the event concerns: events of one customer reach each listener in the order they were
     * written.
     *
     * @return the customer's id, or null when the event concerns no customer
     */
    Long customerId();
}
