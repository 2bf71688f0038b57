package dev.rapport.sdk.event;

import dev.rapport.sdk.extension.EventTypeListener;
import org.jooq.DSLContext;

/**
 * Publishes a plugin's own events. The kernel publishes its events itself.
 *
 * <p>An event is written to the outbox; listeners receive it after the writing transaction commits. To
 * publish an event atomically with the plugin's own changes, publish it with the plugin's transaction:
 * <pre>{@code
 * context.dsl().transaction(tx -> {
 *     tx.dsl().insertInto(...).execute();
 *     context.events().publish(tx.dsl(), new LeadConverted(customerId, leadId));
 * });
 * }</pre>
 *
 * @since 1.0.0
 */
public interface DomainEventPublisher {

    /**
     * Publishes {@code event} in a transaction of its own.
     *
     * @param event the event; its record components must be JSON-friendly (see {@link DomainEvent})
     * @throws IllegalArgumentException if the event cannot be stored as JSON
     */
    void publish(PluginEvent event);

    /**
     * Publishes {@code event} inside the caller's transaction: it is written if, and only if, that
     * transaction commits. Events are numbered in the order their transactions commit, so from its first event
     * on the transaction holds the outbox's lock until it ends and other transactions that publish wait for
     * it: publish as the transaction's last step, and keep the transaction short.
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param event the event
     * @throws IllegalArgumentException if the event cannot be stored as JSON
     */
    void publish(DSLContext transaction, PluginEvent event);

    /**
     * Tells the platform that the types {@code listener} wants have changed (a user added or removed a rule on another
     * plugin's event): it asks {@link EventTypeListener#eventTypes()} again, on the calling thread, and delivers by
     * the new set from the listener's current position on. Every event of a newly named type written after this call
     * returns is delivered; what happens to older ones and to events of dropped types is described on
     * {@link EventTypeListener}. Cheap enough to call after every change; safe from any thread, also from the
     * listener's own {@code onEvent}. Call it after the transaction that made the change committed, or a delivery in
     * between may still see the old data.
     *
     * @param listener one of this plugin's {@link EventTypeListener} extensions (matched by its class); nothing
     *        happens while the plugin is not started or when the class is not one of its extensions
     * @throws IllegalArgumentException if the listener now names a malformed type; it then keeps its former types
     * @since 1.3.0
     */
    void typesChanged(EventTypeListener listener);
}
