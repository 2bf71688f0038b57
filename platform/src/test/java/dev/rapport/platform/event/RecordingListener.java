package dev.rapport.platform.event;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** A listener for tests: records the events it receives once each, fails for those matching {@link #failWhen}. */
class RecordingListener implements DomainEventListener {

    final List<DomainEvent> received = Collections.synchronizedList(new ArrayList<>());
    final List<Long> sequences = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failedTries = new AtomicInteger();
    private final Set<Long> seen = ConcurrentHashMap.newKeySet();
    volatile Predicate<DomainEvent> failWhen = event -> false;

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (failWhen.test(event)) {
            failedTries.incrementAndGet();
            throw new IllegalStateException("refused " + event.getClass().getSimpleName());
        }
        if (seen.add(metadata.sequence())) {
            received.add(event);
            sequences.add(metadata.sequence());
        }
    }

    <T> List<T> of(Class<T> type, long customerId) {
        synchronized (received) {
            return received.stream().filter(type::isInstance).map(type::cast)
                    .filter(e -> e instanceof DomainEvent d && d.customerId() != null && d.customerId() == customerId)
                    .toList();
        }
    }

    static void waitFor(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
