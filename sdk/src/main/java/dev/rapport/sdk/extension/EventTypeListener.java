package dev.rapport.sdk.extension;

import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.EventPayload;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Reacts to events named by their type, read from their stored fields: how a plugin listens to another plugin's
 * events without depending on its classes (field service opening a work order when the service plugin's
 * {@code service.RequestOpened} asks for a visit; retention adding up {@code service.ServiceCostRecorded}).
 *
 * <p>Unlike a {@link DomainEventListener}, this listener never waits for the publishing plugin: its events are read
 * from the outbox whether that plugin runs, is disabled or was uninstalled. Kernel events can be named too
 * ({@code kernel.CustomerCreated}). The published fields are the publisher's contract: document the events you
 * publish, and add fields rather than rename them.
 *
 * <p><b>Delivery, lifecycle, threading, failure:</b> as for {@link DomainEventListener}: at least once, in the order
 * the events were written for each customer, after the writing transaction committed; attached when its plugin
 * starts, detached when it stops (events written meanwhile wait for it); one platform thread at a time; a delivery
 * that throws is retried with growing pauses and then parked for this listener only, holding the customer's later
 * events, until an administrator replays or discards it. A newly enabled listener receives the events written from
 * then on. Be idempotent, e.g. by remembering {@link EventMetadata#sequence()}.
 *
 * <p><b>Types that change at run time:</b> when what the listener wants depends on the plugin's data (rules a user
 * enters), the plugin calls {@link dev.rapport.sdk.event.DomainEventPublisher#typesChanged} after the change, and the
 * platform asks {@link #eventTypes()} again. The listener keeps one position in the outbox for all its types, so a
 * newly named type is delivered from where the listener stands: every event of it written after
 * {@code typesChanged} returned, and perhaps some written shortly before that the listener had not yet passed; older
 * ones are not delivered (read them from the plugin's own history if they matter). After a type is dropped, the
 * events of it already read may still arrive once: check in {@link #onEvent} that an event is still wanted.
 *
 * @since 1.3.0
 */
public interface EventTypeListener extends ExtensionPoint {

    /**
     * The event types wanted: public names {@code <source>.<event name>} ({@code service.RequestOpened}) or
     * {@code <source>.*} for every event of one source. Asked once each time the plugin starts, and again on the
     * calling thread each time the plugin calls {@link dev.rapport.sdk.event.DomainEventPublisher#typesChanged}
     * for this listener; it may be called from any thread.
     *
     * @return the names and patterns; empty while the listener wants nothing (its position still moves on)
     * @throws IllegalArgumentException (from the platform, when the plugin starts or on {@code typesChanged}) if a
     *         name is not of that form
     */
    Set<String> eventTypes();

    /**
     * Handles one event.
     *
     * @param event its type and fields
     * @param metadata its sequence, public type name, time, source and the delivery attempt
     * @throws Exception to have the delivery retried (and eventually parked)
     */
    void onEvent(EventPayload event, EventMetadata metadata) throws Exception;

    /**
     * As {@link DomainEventListener#endOfBatch()}: called on the listener's thread after the events of one batch of
     * the outbox were handed to {@link #onEvent} and before its position is saved past them; if it throws, the same
     * events are delivered again. Does nothing by default.
     *
     * @throws Exception to have the events since the last call delivered again
     * @since 1.3.0
     */
    default void endOfBatch() throws Exception {
    }
}
