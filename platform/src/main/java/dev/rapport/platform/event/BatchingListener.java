package dev.rapport.platform.event;

import dev.rapport.sdk.extension.DomainEventListener;

/**
 * A kernel listener that gathers what it makes of the events it is handed and writes it all at once, in one
 * transaction per batch of the outbox instead of one per event (the webhooks' feeder: one commit per batch of
 * messages, not per message). Its worker calls {@link #endOfBatch} on the worker's thread after the events of a batch
 * were handed over and before it saves its position past them, so nothing gathered is lost: when {@code endOfBatch}
 * throws, the position stays, the worker stops (the dispatcher starts it again) and the same events come again, at
 * least once as for every listener. {@code onEvent} should therefore only gather, and not fail.
 */
public interface BatchingListener extends DomainEventListener {

    /** Writes what the events handed over since the last call made; throws when that could not be done. */
    void endOfBatch();
}
