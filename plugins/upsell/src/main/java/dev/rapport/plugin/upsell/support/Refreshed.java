package dev.rapport.plugin.upsell.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value every event asks for and that rarely changes (the active rules, the catalogue's families), read again once
 * it is older than its maximum age or after {@link #invalidate()}: a change made through this node is seen at once,
 * one made elsewhere (another node, the database by hand) within the maximum age. Ages count on the monotonic clock,
 * not the plugin's clock, which tests may stop.
 *
 * @param <T> the value
 */
public final class Refreshed<T> {

    private record Snapshot<T>(T value, long readAtNanos, long generation) {
    }

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot<T> current;

    public Refreshed(Supplier<T> read, Duration maxAge) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
    }

    public T get() {
        Snapshot<T> snapshot = current;
        long now = System.nanoTime();
        long seen = generation.get();
        if (snapshot == null || snapshot.generation() != seen || now - snapshot.readAtNanos() > maxAgeNanos) {
            snapshot = new Snapshot<>(read.get(), now, seen);
            // a value read while it was invalidated is used once, not kept: the next call reads again
            if (generation.get() == seen) {
                current = snapshot;
            }
        }
        return snapshot.value();
    }

    /** The next {@link #get()} reads again (after a change made through this node). */
    public void invalidate() {
        generation.incrementAndGet();
        current = null;
    }
}
