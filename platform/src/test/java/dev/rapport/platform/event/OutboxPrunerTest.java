package dev.rapport.platform.event;

import org.jooq.impl.DSL;
import dev.rapport.platform.persistence.LeaseStore;
import static dev.rapport.platform.event.RecordingListener.waitFor;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_PARKED;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.sdk.event.TaskCompleted;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pruning the outbox. Positions and parked deliveries of every listener decide what may go, so each test starts
 * from none (tests of this JVM run one after the other, and the earlier ones' dispatchers are closed).
 */
class OutboxPrunerTest {

    private static final Duration RETENTION = Duration.ofDays(30);

    // Far after the events other tests wrote with the real clock: those are all long expired here.
    private final TestClock clock = new TestClock(Instant.now().plus(3650, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS));
    private final Kernel kernel = new Kernel(clock);
    private final OutboxPruner pruner = new OutboxPruner(kernel.dsl, clock, RETENTION, 4);

    @BeforeEach
    void noListeners() {
        kernel.dsl.deleteFrom(EVENT_PARKED).execute();
        kernel.dsl.deleteFrom(EVENT_SUBSCRIPTION).execute();
    }

    private List<Long> append(int count) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Outside a transaction the outbox commits each event at once: the newest id is its number.
            kernel.outbox.append(kernel.dsl, new TaskCompleted(null, 1L, (long) i, null), EventTypes.KERNEL);
            ids.add(kernel.dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1());
        }
        return ids;
    }

    private void subscribe(String listenerId, long position) {
        kernel.dsl.insertInto(EVENT_SUBSCRIPTION).set(EVENT_SUBSCRIPTION.LISTENER_ID, listenerId)
                .set(EVENT_SUBSCRIPTION.POSITION, position).set(EVENT_SUBSCRIPTION.UPDATED_AT, clock.instant())
                .onDuplicateKeyUpdate().set(EVENT_SUBSCRIPTION.POSITION, position).execute();
    }

    private void park(String listenerId, long eventId) {
        kernel.dsl.insertInto(EVENT_PARKED).set(EVENT_PARKED.LISTENER_ID, listenerId).set(EVENT_PARKED.EVENT_ID, eventId)
                .set(EVENT_PARKED.ATTEMPTS, 5).set(EVENT_PARKED.ERROR, "broken").set(EVENT_PARKED.PARKED_AT, clock.instant())
                .set(EVENT_PARKED.REASON, ParkedDelivery.Reason.FAILED.name()).execute();
    }

    private List<Long> remaining(List<Long> ids) {
        return kernel.dsl.select(DOMAIN_EVENT.ID).from(DOMAIN_EVENT).where(DOMAIN_EVENT.ID.in(ids)).orderBy(DOMAIN_EVENT.ID)
                .fetch(DOMAIN_EVENT.ID);
    }

    @Test
    void prunesExpiredEventsThatEveryListenerPassedAndNoParkedDeliveryNeeds() {
        List<Long> old = append(25);
        clock.advance(Duration.ofDays(20));
        List<Long> recent = append(5);
        subscribe("test:behind", old.get(19));
        subscribe("test:ahead", recent.getLast());
        park("test:ahead", old.get(2));
        List<Long> all = new ArrayList<>(old);
        all.addAll(recent);

        clock.advance(Duration.ofDays(11));
        pruner.prune();

        // Of the expired events, the one parked and the five the lagging listener has not passed stay.
        List<Long> kept = new ArrayList<>(List.of(old.get(2)));
        kept.addAll(old.subList(20, 25));
        kept.addAll(recent);
        assertThat(remaining(all)).containsExactlyElementsOf(kept);

        subscribe("test:behind", recent.getLast());
        kernel.dsl.deleteFrom(EVENT_PARKED).execute();
        pruner.prune();
        assertThat(remaining(all)).as("the events inside the retention").containsExactlyElementsOf(recent);

        clock.advance(Duration.ofDays(20));
        pruner.prune();
        assertThat(remaining(all)).isEmpty();
    }

    @Test
    void theStatusNamesTheListenerThatHoldsPruningBackWithTheOutboxSizeAndOldestEvent() {
        Instant first = clock.instant();
        List<Long> events = append(6);
        subscribe("test:current", events.getLast());
        subscribe("disabled-plugin:Listener", events.get(1));
        kernel.dsl.deleteFrom(DOMAIN_EVENT).where(DOMAIN_EVENT.ID.lt(events.getFirst())).execute();

        OutboxPruner.Status fresh = pruner.status();
        assertThat(fresh.approximateSize()).isEqualTo(6);
        assertThat(fresh.oldestPublishedAt()).isEqualTo(first);
        assertThat(fresh.heldBackBy()).as("nothing has expired yet").isNull();

        clock.advance(RETENTION.plusDays(1));
        pruner.prune();
        OutboxPruner.Status held = pruner.status();
        assertThat(held.heldBackBy()).isEqualTo("disabled-plugin:Listener");
        assertThat(held.heldBackAt()).isEqualTo(events.get(1));
        assertThat(held.approximateSize()).isEqualTo(4);
    }

    @Test
    void pruningDoesNotWaitForAWriterThatHoldsTheAppendLock() throws Exception {
        List<Long> old = append(10);
        clock.advance(RETENTION.plusDays(1));
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch pruned = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newSingleThreadExecutor()) {
            // A writer holds the outbox's append lock, with an event not yet committed, while pruning runs.
            Future<?> writer = threads.submit(() -> kernel.dsl.transaction(configuration -> {
                kernel.outbox.append(configuration.dsl(), new TaskCompleted(null, 2L, 1L, null), EventTypes.KERNEL);
                appended.countDown();
                assertThat(pruned.await(20, TimeUnit.SECONDS)).isTrue();
            }));
            assertThat(appended.await(10, TimeUnit.SECONDS)).isTrue();
            long started = System.nanoTime();
            pruner.prune();
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
            assertThat(remaining(old)).isEmpty();
            pruned.countDown();
            writer.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void theLeadingDispatcherPrunes() throws Exception {
        List<Long> old = append(3);
        clock.advance(RETENTION.plusDays(1));
        var database = TestDatabase.get();
        try (EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, clock), 
                new Leadership(Kernel.unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), new EventTypes(), kernel.outbox, clock, RetryPolicy.DEFAULT,
                (owner, what, error) -> { }, kernel.audit)) {
            dispatcher.pruneWith(pruner);
            dispatcher.start();
            waitFor("the expired events pruned", () -> remaining(old).isEmpty());
        }
    }
}
