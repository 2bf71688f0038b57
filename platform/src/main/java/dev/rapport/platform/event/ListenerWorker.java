package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_PARKED;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;

import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to one listener, on one thread: events in outbox order, so in order per customer.
 * A delivery that keeps failing is parked, and the customer's later events wait behind it (parked too)
 * until an administrator replays or discards them. The listener's position is saved after every batch;
 * after a crash the batch is delivered again (at least once).
 */
final class ListenerWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ListenerWorker.class);
    private static final int BATCH = 500;
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final int MAX_ERROR = 4000;

    private final String listenerId;
    private final String owner;
    private final DomainEventListener listener;
    private final DSLContext dsl;
    private final EventTypes types;
    private final EventCodec codec;
    private final Clock clock;
    private final RetryPolicy retries;
    private final FailureReporter failures;
    private final DeliveryStats stats;
    private final DeliveryFence fence;
    private final Semaphore wakeUp = new Semaphore(0);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final BlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    private final Map<Class<? extends DomainEvent>, Boolean> accepted = new HashMap<>();
    private final Set<Long> blockedCustomers = new HashSet<>();
    private Set<String> refusedKernelTypes;
    private volatile boolean running = true;
    private long position;

    ListenerWorker(String listenerId, String owner, DomainEventListener listener, DSLContext dsl, EventTypes types,
                   EventCodec codec, Clock clock, RetryPolicy retries, FailureReporter failures, DeliveryStats stats,
                   DeliveryFence fence) {
        this.listenerId = listenerId;
        this.owner = owner;
        this.listener = listener;
        this.dsl = dsl;
        this.types = types;
        this.codec = codec;
        this.clock = clock;
        this.retries = retries;
        this.failures = failures;
        this.stats = stats;
        this.fence = fence;
    }

    String listenerId() {
        return listenerId;
    }

    String owner() {
        return owner;
    }

    void wake() {
        wakeUp.release();
    }

    void stop() {
        running = false;
        wake();
    }

    /** Runs {@code command} on this worker's thread, between two batches. */
    void submit(Runnable command) {
        commands.add(command);
        wake();
    }

    @Override
    public void run() {
        try {
            position = savedPosition();
            blockedCustomers.addAll(dsl.selectDistinct(EVENT_PARKED.CUSTOMER_ID).from(EVENT_PARKED)
                    .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.CUSTOMER_ID.isNotNull())
                    .fetch(EVENT_PARKED.CUSTOMER_ID));
            while (running && !fencedOff()) {
                runCommands();
                Batch batch = fetchAfter(position);
                if (batch.through() == position) {
                    wakeUp.drainPermits();
                    if (fetchAfter(position).through() == position) {
                        wakeUp.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                    }
                    continue;
                }
                for (StoredEvent event : batch.events()) {
                    if (!running || fencedOff()) {
                        break;
                    }
                    deliverOrPark(event);
                    position = event.id();
                }
                if (running) {
                    position = batch.through();
                }
                savePosition();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (running) {
                log.error("Event delivery to {} stopped", listenerId, e);
                failures.failed(owner, "event delivery to " + listenerId, e);
            } else {
                // Stopping while the platform shuts down: the database may be gone already.
                log.debug("Event delivery to {} ended while stopping: {}", listenerId, e.toString());
            }
        } finally {
            finished.countDown();
        }
    }

    /**
     * Waits up to {@code timeout} for the thread to end after {@link #stop}: a delivery under way completes first,
     * so the listener's plugin is not stopped in the middle of it. False when it did not end in time.
     */
    boolean awaitFinished(Duration timeout) {
        try {
            return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether the thread has ended (stopped, fenced off, or failed). */
    boolean hasFinished() {
        return finished.getCount() == 0;
    }

    /** Where this listener continues: its saved position (the dispatcher saved one when it was registered). */
    private long savedPosition() {
        return dsl.select(EVENT_SUBSCRIPTION.POSITION).from(EVENT_SUBSCRIPTION)
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).fetchSingle(EVENT_SUBSCRIPTION.POSITION);
    }

    /**
     * The next events after {@code after} that this listener may want, and how far they cover the outbox. The
     * kernel's event types it refuses are left out by the query: listeners want few of them (none of the shipped
     * ones wants the million {@code CustomerCreated} of a large import), and reading each event's payload only to
     * drop it cost every import the time of a second reader. Events up to the largest number read first are all
     * committed (the outbox numbers events in commit order), so when fewer than a batch are left, the batch
     * covers every event up to that number.
     */
    private Batch fetchAfter(long after) {
        Long newest = dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1();
        if (newest == null || newest <= after) {
            return new Batch(List.of(), after);
        }
        Set<String> refused = refusedKernelTypes();
        List<StoredEvent> events = dsl.select(DOMAIN_EVENT.ID, DOMAIN_EVENT.EVENT_TYPE, DOMAIN_EVENT.CUSTOMER_ID,
                        DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT)
                .from(DOMAIN_EVENT)
                .where(DOMAIN_EVENT.ID.gt(after)).and(DOMAIN_EVENT.ID.le(newest))
                .and(refused.isEmpty() ? DSL.noCondition() : DOMAIN_EVENT.EVENT_TYPE.notIn(refused))
                .orderBy(DOMAIN_EVENT.ID).limit(BATCH)
                .fetch(r -> new StoredEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
        return new Batch(events, events.size() < BATCH ? newest : events.getLast().id());
    }

    /** Events to deliver in order, and the position once they are handled: past every event they stand for. */
    private record Batch(List<StoredEvent> events, long through) {
    }

    /** The stored type names of the kernel's events that the listener does not accept; asked once. */
    private Set<String> refusedKernelTypes() {
        if (refusedKernelTypes == null) {
            Set<String> refused = new HashSet<>();
            for (Class<?> type : DomainEvent.class.getPermittedSubclasses()) {
                if (type.isRecord() && !accepts(type.asSubclass(DomainEvent.class))) {
                    refused.add(EventTypes.typeName(EventTypes.KERNEL, type));
                }
            }
            refusedKernelTypes = Set.copyOf(refused);
        }
        return refusedKernelTypes;
    }

    /** Stops this worker once its node's dispatcher lease runs out, even if the leadership thread hangs. */
    private boolean fencedOff() {
        if (running && !fence.open()) {
            log.info("Event delivery to {} stops: this node's dispatcher lease is running out", listenerId);
            running = false;
        }
        return !running;
    }

    /** Saves the position only while this node still holds the dispatcher's lease with the same token. */
    private void savePosition() {
        int saved = dsl.update(EVENT_SUBSCRIPTION).set(EVENT_SUBSCRIPTION.POSITION, position)
                .set(EVENT_SUBSCRIPTION.UPDATED_AT, clock.instant())
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).and(fence.held()).execute();
        if (saved == 0) {
            log.warn("Event delivery to {} stops without saving its position: this node lost the dispatcher lease",
                    listenerId);
            running = false;
        }
    }

    private void runCommands() {
        Runnable command;
        while ((command = commands.poll()) != null) {
            command.run();
        }
    }

    private void deliverOrPark(StoredEvent stored) throws InterruptedException {
        var type = types.classOf(stored.type());
        if (type.isEmpty() || !accepts(type.get())) {
            return;
        }
        if (stored.customerId() != null && blockedCustomers.contains(stored.customerId())) {
            park(stored, 0, "Waiting behind an earlier parked event of this customer");
            return;
        }
        DomainEvent event = codec.decode(stored.payload(), type.get());
        Throwable lastError = null;
        for (int attempt = 1; attempt <= retries.maxAttempts() && running; attempt++) {
            lastError = deliver(stored, event, attempt);
            if (lastError == null) {
                return;
            }
            if (attempt < retries.maxAttempts()) {
                pause(retries.pauseBefore(attempt + 1));
            }
        }
        if (lastError != null && running) {
            park(stored, retries.maxAttempts(), describe(lastError));
            failures.failed(owner, "event listener " + listenerId, lastError);
        }
    }

    /** Delivers once; the error, or null when the listener handled it. */
    private Throwable deliver(StoredEvent stored, DomainEvent event, int attempt) {
        try {
            listener.onEvent(event, new EventMetadata(stored.id(), stored.type(), stored.publishedAt(), stored.source(), attempt));
            stats.delivered(Duration.between(stored.publishedAt(), clock.instant()));
            return null;
        } catch (Throwable error) {
            log.warn("Listener {} failed on event {} (attempt {}): {}", listenerId, stored.id(), attempt, error.toString());
            return error;
        }
    }

    private boolean accepts(Class<? extends DomainEvent> type) {
        return accepted.computeIfAbsent(type, candidate -> {
            try {
                return listener.accepts(candidate);
            } catch (Throwable error) {
                failures.failed(owner, "event listener " + listenerId, error);
                return false;
            }
        });
    }

    private void pause(Duration duration) throws InterruptedException {
        wakeUp.drainPermits();
        long deadline = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < deadline) {
            wakeUp.tryAcquire(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
    }

    private void park(StoredEvent stored, int attempts, String error) {
        dsl.insertInto(EVENT_PARKED)
                .set(EVENT_PARKED.LISTENER_ID, listenerId)
                .set(EVENT_PARKED.EVENT_ID, stored.id())
                .set(EVENT_PARKED.CUSTOMER_ID, stored.customerId())
                .set(EVENT_PARKED.ATTEMPTS, attempts)
                .set(EVENT_PARKED.ERROR, error)
                .set(EVENT_PARKED.PARKED_AT, clock.instant())
                .onDuplicateKeyIgnore().execute();
        if (stored.customerId() != null) {
            blockedCustomers.add(stored.customerId());
        }
        stats.parked();
    }

    /**
     * Delivers the parked events of the customer of {@code eventId} again, in order, stopping at the first
     * that fails again (it and the ones after it stay parked). Returns how many went through.
     */
    int replay(long eventId) {
        Long customerId = dsl.select(EVENT_PARKED.CUSTOMER_ID).from(EVENT_PARKED)
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.EVENT_ID.eq(eventId))
                .fetchOptional(EVENT_PARKED.CUSTOMER_ID).orElse(null);
        var scope = customerId == null ? EVENT_PARKED.EVENT_ID.eq(eventId) : EVENT_PARKED.CUSTOMER_ID.eq(customerId);
        List<Record> parked = dsl.select(EVENT_PARKED.EVENT_ID, EVENT_PARKED.ATTEMPTS, DOMAIN_EVENT.EVENT_TYPE,
                        DOMAIN_EVENT.CUSTOMER_ID, DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT)
                .from(EVENT_PARKED).join(DOMAIN_EVENT).on(DOMAIN_EVENT.ID.eq(EVENT_PARKED.EVENT_ID))
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(scope)
                .orderBy(EVENT_PARKED.EVENT_ID).fetch().stream().map(r -> (Record) r).toList();
        int replayed = 0;
        for (Record row : parked) {
            StoredEvent stored = new StoredEvent(row.get(EVENT_PARKED.EVENT_ID), row.get(DOMAIN_EVENT.EVENT_TYPE),
                    row.get(DOMAIN_EVENT.CUSTOMER_ID), row.get(DOMAIN_EVENT.PAYLOAD), row.get(DOMAIN_EVENT.SOURCE),
                    row.get(DOMAIN_EVENT.PUBLISHED_AT));
            var type = types.classOf(stored.type());
            Throwable error = type.isEmpty()
                    ? new IllegalStateException("The event class " + stored.type() + " is not available")
                    : deliver(stored, codec.decode(stored.payload(), type.get()), row.get(EVENT_PARKED.ATTEMPTS) + 1);
            if (error != null) {
                dsl.update(EVENT_PARKED).set(EVENT_PARKED.ATTEMPTS, EVENT_PARKED.ATTEMPTS.plus(1))
                        .set(EVENT_PARKED.ERROR, describe(error)).set(EVENT_PARKED.PARKED_AT, clock.instant())
                        .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.EVENT_ID.eq(stored.id())).execute();
                return replayed;
            }
            deleteParked(stored.id());
            replayed++;
        }
        if (customerId != null) {
            blockedCustomers.remove(customerId);
        }
        return replayed;
    }

    /** Gives up on one parked event; later events of its customer stay parked until replayed. */
    void discard(long eventId) {
        deleteParked(eventId);
    }

    private void deleteParked(long eventId) {
        dsl.deleteFrom(EVENT_PARKED).where(EVENT_PARKED.LISTENER_ID.eq(listenerId))
                .and(EVENT_PARKED.EVENT_ID.eq(eventId)).execute();
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
