package dev.rapport.platform.event;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a {@link ListenerWorker} hands an event to its listener: with the retry policy's tries and pauses. Used on the
 * worker's thread only; a pause ends early when the worker is woken or stopped.
 */
final class ListenerCalls {

    private static final Logger log = LoggerFactory.getLogger(ListenerWorker.class);

    private final String listenerId;
    private final EventRecipient recipient;
    private final Clock clock;
    private final RetryPolicy retries;
    private final DeliveryStats stats;
    private final Semaphore wakeUp;
    private final BooleanSupplier running;

    ListenerCalls(String listenerId, EventRecipient recipient, Clock clock, RetryPolicy retries, DeliveryStats stats,
                  Semaphore wakeUp, BooleanSupplier running) {
        this.listenerId = listenerId;
        this.recipient = recipient;
        this.clock = clock;
        this.retries = retries;
        this.stats = stats;
        this.wakeUp = wakeUp;
        this.running = running;
    }

    /** How tries of one event ended: delivered (no error), or the last error after {@code attempts} tries. */
    record Tried(Throwable error, int attempts) {
        boolean delivered() {
            return error == null;
        }
    }

    /**
     * Tries up to {@code tries} times, numbering the tries from {@code firstAttempt}, with the retry policy's pauses;
     * null when the worker was stopped before the event was delivered.
     */
    Tried deliverWithRetries(StoredEvent stored, int firstAttempt, int tries)
            throws InterruptedException {
        Throwable lastError = null;
        for (int attempt = 1; attempt <= tries && running.getAsBoolean(); attempt++) {
            lastError = deliver(stored, firstAttempt + attempt - 1);
            if (lastError == null) {
                return new Tried(null, attempt);
            }
            if (attempt < tries) {
                pause(retries.pauseBefore(attempt + 1));
            } else {
                return new Tried(lastError, attempt);
            }
        }
        return null;
    }

    /** Delivers once; the error, or null when the listener handled it. */
    private Throwable deliver(StoredEvent stored, int attempt) {
        try {
            recipient.deliver(stored, attempt);
            stats.delivered(Duration.between(stored.publishedAt(), clock.instant()));
            return null;
        } catch (Throwable error) {
            log.warn("Listener {} failed on event {} (attempt {}): {}", listenerId, stored.id(), attempt, error.toString());
            return error;
        }
    }

    private void pause(Duration duration) throws InterruptedException {
        wakeUp.drainPermits();
        long deadline = System.nanoTime() + duration.toNanos();
        while (running.getAsBoolean() && System.nanoTime() < deadline) {
            wakeUp.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
    }
}
