package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_PARKED;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;

import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to every registered listener after commit: one worker thread per listener, so a slow
 * or failing listener delays nobody else. Only one node of a cluster dispatches at a time: the dispatcher
 * holds a MariaDB named lock, and a standby node takes over when the lock's holder goes away.
 */
public final class EventDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    private static final String LOCK_NAME = "rapport.event-dispatcher";
    private static final Duration LEADERSHIP_CHECK = Duration.ofSeconds(5);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private record Registration(String owner, DomainEventListener listener) {
    }

    private final DSLContext dsl;
    private final DataSource dataSource;
    private final EventTypes types;
    private final EventCodec codec;
    private final Clock clock;
    private final RetryPolicy retries;
    private final FailureReporter failures;
    private final AuditLog audit;
    private final DeliveryStats stats = new DeliveryStats();
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final Map<String, ListenerWorker> workers = new ConcurrentHashMap<>();
    private final Thread leadership;
    private volatile boolean running = true;
    private volatile boolean leading;
    private volatile OutboxPruner pruner;

    public EventDispatcher(DSLContext dsl, DataSource dataSource, EventTypes types, EventOutbox outbox, Clock clock,
                           RetryPolicy retries, FailureReporter failures, AuditLog audit) {
        this.dsl = dsl;
        this.dataSource = dataSource;
        this.types = types;
        this.codec = outbox.codec();
        this.clock = clock;
        this.retries = retries;
        this.failures = failures;
        this.audit = audit;
        this.leadership = Thread.ofPlatform().daemon().name("event-dispatcher-leadership").unstarted(this::lead);
    }

    public void start() {
        leadership.start();
    }

    /** Prunes the outbox with {@code outboxPruner} while this node leads; called before {@link #start}. */
    public void pruneWith(OutboxPruner outboxPruner) {
        this.pruner = outboxPruner;
    }

    /**
     * Adds a listener. Its id must stay the same across restarts ({@code <owner>:<class name>}): it keys the
     * listener's position in the outbox. A new listener's position is taken here, not when its worker thread
     * gets going, so it receives every event written after this call.
     */
    public void register(String listenerId, String owner, DomainEventListener listener) {
        subscribeFromNewest(listenerId);
        registrations.put(listenerId, new Registration(owner, listener));
        if (leading) {
            startWorker(listenerId);
        }
    }

    /** Gives a listener seen for the first time the position after the newest event; a known one keeps its own. */
    private void subscribeFromNewest(String listenerId) {
        dsl.insertInto(EVENT_SUBSCRIPTION)
                .set(EVENT_SUBSCRIPTION.LISTENER_ID, listenerId)
                .set(EVENT_SUBSCRIPTION.POSITION, dsl.select(DSL.coalesce(DSL.max(DOMAIN_EVENT.ID), 0L)).from(DOMAIN_EVENT))
                .set(EVENT_SUBSCRIPTION.UPDATED_AT, clock.instant())
                .onDuplicateKeyIgnore().execute();
    }

    /** Removes every listener of {@code owner}; their positions stay, so they resume where they stopped. */
    public void unregisterOwnedBy(String owner) {
        registrations.entrySet().removeIf(entry -> entry.getValue().owner().equals(owner));
        List<ListenerWorker> stopped = new ArrayList<>();
        workers.values().removeIf(worker -> {
            if (worker.owner().equals(owner)) {
                worker.stop();
                stopped.add(worker);
                return true;
            }
            return false;
        });
        awaitFinished(stopped);
    }

    /** Waits for stopped workers to finish the delivery under way: their plugin may be stopped next. */
    private static void awaitFinished(Collection<ListenerWorker> stopped) {
        for (ListenerWorker worker : stopped) {
            if (!worker.awaitFinished(STOP_TIMEOUT)) {
                log.warn("Event delivery to {} did not end within {} s of being stopped", worker.listenerId(),
                        STOP_TIMEOUT.toSeconds());
            }
        }
    }

    /** New events were committed: deliver them now instead of at the next poll. */
    public void wake() {
        workers.values().forEach(ListenerWorker::wake);
    }

    public DeliveryStats stats() {
        return stats;
    }

    public boolean isLeading() {
        return leading;
    }

    /** The events parked for any listener, oldest first (at most {@code limit}). */
    public List<ParkedDelivery> parked(int limit) {
        return dsl.select(EVENT_PARKED.LISTENER_ID, EVENT_PARKED.EVENT_ID, DOMAIN_EVENT.EVENT_TYPE,
                        EVENT_PARKED.CUSTOMER_ID, EVENT_PARKED.ATTEMPTS, EVENT_PARKED.ERROR, EVENT_PARKED.PARKED_AT,
                        EVENT_PARKED.REASON, EVENT_PARKED.WAITING_FOR)
                .from(EVENT_PARKED).join(DOMAIN_EVENT).on(DOMAIN_EVENT.ID.eq(EVENT_PARKED.EVENT_ID))
                .orderBy(EVENT_PARKED.EVENT_ID, EVENT_PARKED.LISTENER_ID).limit(limit)
                .fetch(r -> new ParkedDelivery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), ParkedDelivery.Reason.valueOf(r.value8()), r.value9()));
    }

    /**
     * Delivers a parked event again, with the events of its customer parked behind it, on the listener's
     * own thread. Completes with the number delivered (fewer than parked if one failed again).
     */
    public CompletableFuture<Integer> replay(String listenerId, long eventId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "replay events");
        audit.record(actor, AuditAction.EVENT_REPLAYED, "event", eventId, "listener: " + listenerId);
        return onWorker(listenerId, worker -> worker.replay(eventId));
    }

    /**
     * Gives up on a parked event without delivering it (administrators only), and delivers the later events of its
     * customer that waited only behind it. Completes with the number of those delivered.
     */
    public CompletableFuture<Integer> discard(String listenerId, long eventId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "discard events");
        audit.record(actor, AuditAction.EVENT_DISCARDED, "event", eventId, "listener: " + listenerId);
        return onWorker(listenerId, worker -> worker.discard(eventId));
    }

    /** Something a worker does on its own thread for an administrator. */
    @FunctionalInterface
    private interface WorkerAction {
        int apply(ListenerWorker worker) throws InterruptedException;
    }

    private CompletableFuture<Integer> onWorker(String listenerId, WorkerAction action) {
        ListenerWorker worker = workers.get(listenerId);
        if (worker == null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    "The listener " + listenerId + " is not running here; start its plugin first"));
        }
        CompletableFuture<Integer> result = new CompletableFuture<>();
        worker.submit(() -> {
            try {
                result.complete(action.apply(worker));
            } catch (RuntimeException | InterruptedException e) {
                result.completeExceptionally(e);
                if (e instanceof InterruptedException interrupted) {
                    throw interrupted;
                }
            }
        });
        return result;
    }

    private void startWorker(String listenerId) {
        Registration registration = registrations.get(listenerId);
        if (registration == null) {
            return;
        }
        workers.computeIfAbsent(listenerId, id -> {
            ListenerWorker worker = new ListenerWorker(id, registration.owner(), registration.listener(), dsl, types,
                    codec, clock, retries, failures, stats);
            Thread.ofVirtual().name("events-" + id).start(worker);
            return worker;
        });
    }

    /** Holds the cluster-wide dispatcher lock on a connection of its own while this node dispatches. */
    private void lead() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                if (acquireLock(connection)) {
                    try {
                        leading = true;
                        log.info("This node dispatches domain events");
                        if (pruner != null) {
                            pruner.start();
                        }
                        registrations.keySet().forEach(this::startWorker);
                        while (running && stillHolds(connection)) {
                            registrations.keySet().forEach(this::startWorker);
                            sleep(LEADERSHIP_CHECK);
                        }
                    } finally {
                        // The connection goes back to the pool, not away: without this, the lock stayed with it
                        // and another dispatcher of this database could not lead until the pool closed it.
                        releaseLock(connection);
                    }
                }
            } catch (SQLException e) {
                log.warn("Lost the event dispatcher lock's connection: {}", e.getMessage());
            } finally {
                if (leading) {
                    leading = false;
                    if (pruner != null) {
                        pruner.stop();
                    }
                    workers.values().forEach(ListenerWorker::stop);
                    workers.clear();
                }
            }
            sleep(LEADERSHIP_CHECK);
        }
    }

    private static boolean acquireLock(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT GET_LOCK(?, 0)")) {
            statement.setString(1, LOCK_NAME);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        }
    }

    private static void releaseLock(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            statement.setString(1, LOCK_NAME);
            statement.executeQuery().close();
        } catch (SQLException e) {
            log.warn("Could not release the event dispatcher lock: {}", e.getMessage());
        }
    }

    private static boolean stillHolds(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT IS_USED_LOCK(?) = CONNECTION_ID()")) {
            statement.setString(1, LOCK_NAME);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getInt(1) == 1;
            }
        } catch (SQLException e) {
            return false;
        }
    }

    private void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        leadership.interrupt();
        if (pruner != null) {
            pruner.stop();
        }
        workers.values().forEach(ListenerWorker::stop);
        awaitFinished(List.copyOf(workers.values()));
        try {
            leadership.join(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
