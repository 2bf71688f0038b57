package dev.rapport.sdk.extension;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import org.pf4j.ExtensionPoint;

/**
 * Reacts to domain events after the transaction that wrote them committed.
 *
 * <p><b>Delivery:</b> at least once, in the order the events were written for each customer. A listener
 * may see an event again (after a crash, a retry or an administrator's replay): it must be idempotent,
 * e.g. by remembering {@link EventMetadata#sequence()}. A newly enabled listener receives the events
 * written from then on, not the history.
 * <p><b>Lifecycle:</b> attached when its plugin starts, detached when it stops; events written meanwhile
 * wait and are delivered when it starts again.
 * <p><b>Threading:</b> each listener is called by one platform thread at a time (never concurrently with
 * itself), never on a UI thread. Different listeners run in parallel.
 * <p><b>Failure:</b> if {@link #onEvent} throws, the delivery is retried with growing pauses; an event that
 * keeps failing is parked for this listener only, shown to administrators with its error, and can be
 * replayed. Later events of the same customer wait behind a parked one (order per customer holds); other
 * customers' events go on.
 *
 * @since 1.0.0
 */
public interface DomainEventListener extends ExtensionPoint {

    /**
     * Whether this listener wants events of {@code type}; asked once per type, so the answer must not change.
     *
     * @param type an event class
     * @return true to receive such events; every event by default
     */
    default boolean accepts(Class<? extends DomainEvent> type) {
        return true;
    }

    /**
     * Handles one event.
     *
     * @param event the event
     * @param metadata its sequence, type, time, source and the delivery attempt
     * @throws Exception to have the delivery retried (and eventually parked)
     */
    void onEvent(DomainEvent event, EventMetadata metadata) throws Exception;

    /**
     * Called after the events of one batch of the outbox were handed to {@link #onEvent}, on the same thread, and
     * before the platform saves this listener's position past them: a listener that has much to write per event
     * gathers in {@code onEvent} and writes it all here, in one transaction per batch instead of one per event.
     * Nothing gathered is lost: if this method throws, the position is not saved and the same events are delivered
     * again (from {@code onEvent} on, after a pause), so discard what was gathered when it throws, and write it
     * idempotently (delivery stays at least once). A batch may hold a single event, or none (this is also called
     * before the listener goes idle). Does nothing by default.
     *
     * @throws Exception to have the events since the last call delivered again
     * @since 1.3.0
     */
    default void endOfBatch() throws Exception {
    }
}
