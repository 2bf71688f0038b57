package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_PARKED;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the outbox from growing without end: deletes the events that every listener has passed (each row of
 * {@code event_subscription} is at or beyond them) and that no parked delivery refers to, once they are older than
 * the retention. A listener whose plugin is installed but disabled keeps its position, so it holds pruning back until
 * its plugin runs again (or is uninstalled, which forgets its position); {@link #status} names it.
 *
 * <p>It deletes at most a batch of events per statement, by their ids (no range or gap locks), each statement a
 * transaction of its own: writers that append events at the end of the outbox, and the lock they take, are never
 * waited for nor held up. It runs on the node that dispatches events only: the dispatcher starts it when it begins to
 * lead and stops it when it stops leading. It prunes at once and then every hour.
 */
public final class OutboxPruner {

    private static final Logger log = LoggerFactory.getLogger(OutboxPruner.class);
    private static final int BATCH = 1_000;
    private static final Duration INTERVAL = Duration.ofHours(1);

    /**
     * How big the outbox is and what holds its pruning back.
     *
     * @param approximateSize events between the oldest and the newest: their ids' span, an upper bound (ids of rolled
     *                        back transactions leave gaps); 0 when empty. Counting the rows would read them all.
     * @param oldestPublishedAt when the oldest event was published, or null when the outbox is empty
     * @param heldBackBy the listener whose position keeps events older than the retention, or null when none does
     * @param heldBackAt that listener's position (the last event it has read past)
     */
    public record Status(long approximateSize, Instant oldestPublishedAt, String heldBackBy, long heldBackAt) {
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final Duration retention;
    private final int batchSize;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public OutboxPruner(DSLContext dsl, Clock clock, Duration retention) {
        this(dsl, clock, retention, BATCH);
    }

    OutboxPruner(DSLContext dsl, Clock clock, Duration retention, int batchSize) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("The retention of events must not be negative: " + retention);
        }
        this.dsl = dsl;
        this.clock = clock;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    public Duration retention() {
        return retention;
    }

    /** Starts pruning now and every hour on a thread of its own; the dispatcher calls it when it begins to lead. */
    synchronized void start() {
        if (thread == null) {
            running = true;
            thread = Thread.ofVirtual().name("outbox-pruner").start(this::pruneEveryInterval);
        }
    }

    /** Stops after the batch under way and waits for that; the dispatcher calls it when it stops leading. */
    synchronized void stop() {
        if (thread != null) {
            running = false;
            wakeUp.release();
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    private void pruneEveryInterval() {
        while (running) {
            try {
                long pruned = prune(() -> running);
                if (pruned > 0) {
                    log.info("Pruned {} delivered events older than {} days from the outbox", pruned, retention.toDays());
                }
            } catch (RuntimeException e) {
                log.warn("Pruning the outbox failed; it is tried again in an hour: {}", e.toString());
            }
            try {
                wakeUp.tryAcquire(INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Prunes what may be pruned now; returns how many events it deleted. */
    long prune() {
        return prune(() -> true);
    }

    private long prune(java.util.function.BooleanSupplier keepGoing) {
        Instant cutoff = clock.instant().minus(retention);
        long passedByAll = passedByEveryListener();
        long after = 0;
        long deleted = 0;
        while (keepGoing.getAsBoolean()) {
            Result<Record2<Long, Instant>> rows = dsl.select(DOMAIN_EVENT.ID, DOMAIN_EVENT.PUBLISHED_AT).from(DOMAIN_EVENT)
                    .where(DOMAIN_EVENT.ID.gt(after)).and(DOMAIN_EVENT.ID.le(passedByAll))
                    .orderBy(DOMAIN_EVENT.ID).limit(batchSize).fetch();
            // Publication times rise with the ids (commit order): the first event inside the retention ends the run, so
            // an out-of-order time can only delay pruning, never delete an event too early.
            List<Long> expired = new ArrayList<>();
            for (Record2<Long, Instant> row : rows) {
                if (!row.value2().isBefore(cutoff)) {
                    break;
                }
                expired.add(row.value1());
            }
            if (expired.isEmpty()) {
                break;
            }
            Set<Long> parked = dsl.selectDistinct(EVENT_PARKED.EVENT_ID).from(EVENT_PARKED)
                    .where(EVENT_PARKED.EVENT_ID.between(expired.getFirst(), expired.getLast()))
                    .fetchSet(EVENT_PARKED.EVENT_ID);
            List<Long> unreferenced = expired.stream().filter(id -> !parked.contains(id)).toList();
            if (!unreferenced.isEmpty()) {
                deleted += dsl.deleteFrom(DOMAIN_EVENT).where(DOMAIN_EVENT.ID.in(unreferenced)).execute();
            }
            after = expired.getLast();
            if (expired.size() < rows.size() || rows.size() < batchSize) {
                break;
            }
        }
        return deleted;
    }

    /** The lowest position of any listener; every event when there is no listener at all. */
    private long passedByEveryListener() {
        Long lowest = dsl.select(DSL.min(EVENT_SUBSCRIPTION.POSITION)).from(EVENT_SUBSCRIPTION).fetchSingle().value1();
        if (lowest != null) {
            return lowest;
        }
        Long newest = dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1();
        return newest == null ? 0 : newest;
    }

    /** The outbox's size and oldest event, and the listener that holds its pruning back, if one does. */
    public Status status() {
        var span = dsl.select(DSL.min(DOMAIN_EVENT.ID), DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle();
        if (span.value1() == null) {
            return new Status(0, null, null, 0);
        }
        Instant oldest = dsl.select(DOMAIN_EVENT.PUBLISHED_AT).from(DOMAIN_EVENT).where(DOMAIN_EVENT.ID.eq(span.value1()))
                .fetchOptional(DOMAIN_EVENT.PUBLISHED_AT).orElse(null);
        long size = span.value2() - span.value1() + 1;
        Optional<Record2<String, Long>> laggard = dsl.select(EVENT_SUBSCRIPTION.LISTENER_ID, EVENT_SUBSCRIPTION.POSITION)
                .from(EVENT_SUBSCRIPTION).orderBy(EVENT_SUBSCRIPTION.POSITION).limit(1).fetchOptional();
        if (laggard.isPresent()) {
            long position = laggard.get().value2();
            Optional<Instant> next = dsl.select(DOMAIN_EVENT.PUBLISHED_AT).from(DOMAIN_EVENT)
                    .where(DOMAIN_EVENT.ID.gt(position)).orderBy(DOMAIN_EVENT.ID).limit(1)
                    .fetchOptional(DOMAIN_EVENT.PUBLISHED_AT);
            if (next.isPresent() && next.get().isBefore(clock.instant().minus(retention))) {
                return new Status(size, oldest, laggard.get().value1(), position);
            }
        }
        return new Status(size, oldest, null, 0);
    }
}
