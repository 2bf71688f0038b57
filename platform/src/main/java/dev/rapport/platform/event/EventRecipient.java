package dev.rapport.platform.event;

import org.jooq.Condition;

/**
 * One listener as its worker serves it from the outbox: which stored events it wants, whether one can be read now,
 * and how it is handed over. A recipient is made for each worker, so what it learnt (the types a listener accepts)
 * is asked again when the worker is restarted. Used on the worker's thread only.
 */
sealed interface EventRecipient permits ClassRecipient, PayloadRecipient {

    /** What the worker does with a stored event for this listener. */
    sealed interface Verdict {
    }

    /** The listener wants it and it can be read: deliver it. */
    record Deliver() implements Verdict {
    }

    /** The listener does not want events of this type. */
    record Skip() implements Verdict {
    }

    /** Its type's plugin does not run, so the event cannot be read now: it waits for that plugin. */
    record WaitForPlugin(String pluginId) implements Verdict {
    }

    /** Its type's plugin runs but no longer has the event's class: it cannot be read. */
    record ClassMissing(String pluginId) implements Verdict {
    }

    Verdict DELIVER = new Deliver();
    Verdict SKIP = new Skip();

    /** What to do with {@code stored}. */
    Verdict verdict(StoredEvent stored);

    /** Hands {@code stored} (judged {@link Deliver}) to the listener; throws what the listener threw. */
    void deliver(StoredEvent stored, int attempt) throws Exception;

    /**
     * The events handed over since the last call are all the worker delivers before it saves its position past them
     * (or before it goes idle): the listener writes what it gathered now
     * ({@link dev.rapport.sdk.extension.DomainEventListener#endOfBatch}). Throws what the listener threw;
     * the worker then stops without saving, and those events are delivered again.
     */
    void endOfBatch();

    /** A listener's end of batch; what it throws is rethrown unchecked, so the worker stops without saving. */
    @FunctionalInterface
    interface EndOfBatch {
        void run() throws Exception;
    }

    /** Runs {@code listener}'s end of batch, rethrowing a checked exception unchecked. */
    static void endOfBatch(EndOfBatch listener) {
        try {
            listener.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The listener could not write its batch", e);
        }
    }

    /** Leaves out of the outbox query the events this listener surely does not want, so they are not read at all. */
    Condition outboxFilter();

    /**
     * Changes whenever what the listener wants changed while its worker runs: the worker then asks
     * {@link #outboxFilter()} again, and reads again a batch it queried meanwhile. Constant by default.
     */
    default int generation() {
        return 0;
    }
}
