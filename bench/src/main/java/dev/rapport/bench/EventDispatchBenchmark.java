package dev.rapport.bench;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.persistence.Database;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's outbox and dispatcher with a listener of the bench's own, next to the shipped plugins' listeners:
 * <ul>
 *   <li>throughput: a backlog of events is committed while the listener is held, then released; events per
 *       second until the last one is delivered;</li>
 *   <li>lag: events committed by a busy writer (transactions of {@value #EVENTS_PER_TRANSACTION}) while the
 *       listener keeps up; the time from each commit to the delivery of its events.</li>
 * </ul>
 */
final class EventDispatchBenchmark implements FigureBenchmark {

    private static final int BACKLOG_EVENTS_PER_TRANSACTION = 100;
    private static final int EVENTS_PER_TRANSACTION = 10;
    private static final Duration DELIVERY_TIMEOUT = Duration.ofMinutes(5);
    private static final String OWNER = "bench";
    /** Marks an appended event with its index: {@code bench-<index>} among the changed fields. */
    private static final String MARKER = "bench-";

    private final int events;

    EventDispatchBenchmark(int events) {
        this.events = events;
    }

    @Override
    public List<Figure> measure(BenchPlatform platform, SampleData sample) throws InterruptedException {
        EventDispatcher dispatcher = platform.service(EventDispatcher.class);
        EventOutbox outbox = platform.service(EventOutbox.class);
        Database database = platform.service(Database.class);
        RecordingListener listener = new RecordingListener();
        // a new id each run: a new listener starts at the newest event, not at a previous run's position
        dispatcher.register(OWNER + ":dispatch-" + System.currentTimeMillis(), OWNER, listener);
        try {
            long backlogStarted = System.nanoTime();
            append(database, outbox, sample, 0, events, BACKLOG_EVENTS_PER_TRANSACTION, listener);
            double appendRate = events / seconds(System.nanoTime() - backlogStarted);
            long released = System.nanoTime();
            listener.release();
            listener.awaitDeliveries(events);
            double throughput = events / seconds(listener.lastDelivery() - released);

            listener.forget();
            long loadStarted = System.nanoTime();
            append(database, outbox, sample, events, events, EVENTS_PER_TRANSACTION, listener);
            double loadRate = events / seconds(System.nanoTime() - loadStarted);
            listener.awaitDeliveries(events);
            long[] lags = listener.lagsNanos();
            LatencyStats lag = LatencyStats.of(lags);
            return List.of(
                    Figure.atLeast("Event dispatch: backlog delivered", throughput, "events/s", 5000,
                            Format.count(events) + " events committed while the listener was held, then released"),
                    Figure.informative("Event outbox: append rate", appendRate, "events/s",
                            "transactions of " + BACKLOG_EVENTS_PER_TRANSACTION + " events, one writer"),
                    Figure.informative("Event lag under load: p50", lag.p50(), "ms",
                            "commit to delivery, " + Format.count(events) + " events in transactions of "
                                    + EVENTS_PER_TRANSACTION + " at " + Format.count(Math.round(loadRate)) + " events/s"),
                    Figure.atMost("Event lag under load: p95", lag.p95(), "ms", 1000, "as above"),
                    Figure.informative("Event lag under load: p99", lag.p99(), "ms", "as above"));
        } finally {
            listener.release();
            dispatcher.unregisterOwnedBy(OWNER);
        }
    }

    /**
     * Appends {@code count} customer updates in transactions of {@code perTransaction}, noting each commit's time.
     * An event is numbered only when its transaction commits, so each carries an index of the bench's own instead,
     * from {@code firstIndex} on.
     */
    private static void append(Database database, EventOutbox outbox, SampleData sample, int firstIndex, int count,
                               int perTransaction, RecordingListener listener) {
        for (int done = firstIndex; done < firstIndex + count; done += perTransaction) {
            int first = done;
            int size = Math.min(perTransaction, firstIndex + count - done);
            database.dsl().transaction(configuration -> {
                for (int i = first; i < first + size; i++) {
                    outbox.append(configuration.dsl(), new CustomerUpdated(sample.customer(i),
                            Set.of("notes", MARKER + i), LifecycleStage.CUSTOMER, null), EventTypes.KERNEL);
                }
            });
            listener.committed(first, size, System.nanoTime());
        }
    }

    private static double seconds(long nanos) {
        return Math.max(1, nanos) / 1e9;
    }

    /** Receives customer updates, held until released, and notes when each arrived. */
    private static final class RecordingListener implements DomainEventListener {

        private final CountDownLatch held = new CountDownLatch(1);
        /** By the index of the appended event. */
        private final Map<Integer, Long> committedAt = new ConcurrentHashMap<>();
        private final Map<Integer, Long> deliveredAt = new ConcurrentHashMap<>();

        @Override
        public boolean accepts(Class<? extends DomainEvent> type) {
            return type == CustomerUpdated.class;
        }

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) throws InterruptedException {
            held.await();
            long now = System.nanoTime();
            ((CustomerUpdated) event).changedFields().stream().filter(field -> field.startsWith(MARKER))
                    .forEach(marker -> deliveredAt.putIfAbsent(Integer.parseInt(marker.substring(MARKER.length())), now));
        }

        void release() {
            held.countDown();
        }

        void committed(int first, int count, long nanoTime) {
            for (int i = first; i < first + count; i++) {
                committedAt.put(i, nanoTime);
            }
        }

        void awaitDeliveries(int count) throws InterruptedException {
            long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
            while (deliveredOfCommitted() < count) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Only " + deliveredOfCommitted() + " of " + count
                            + " events were delivered within " + DELIVERY_TIMEOUT.toMinutes() + " minutes");
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
        }

        private long deliveredOfCommitted() {
            return committedAt.keySet().stream().filter(deliveredAt::containsKey).count();
        }

        long lastDelivery() {
            return committedAt.keySet().stream().mapToLong(deliveredAt::get).max().orElseThrow();
        }

        /** Commit to delivery of every event; an event delivered before its writer noted the commit counts as 0. */
        long[] lagsNanos() {
            return committedAt.entrySet().stream()
                    .mapToLong(entry -> Math.max(0, deliveredAt.get(entry.getKey()) - entry.getValue())).toArray();
        }

        void forget() {
            committedAt.clear();
            deliveredAt.clear();
        }
    }
}
