package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;

import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.extension.EventTypeListener;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.persistence.Lease;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to every registered listener after commit: one worker thread per listener, so a slow
 * or failing listener delays nobody else.
 *
 * <p>Only one node of a cluster dispatches at a time: the one holding the lease {@value #LEASE_NAME} ({@link
 * LeaseStore}), a row and not a named lock, which a Galera cluster would not replicate. The leader renews it
 * every {@link Leadership#renewEvery()}; when it could not renew it and less than a third of the term is left, it
 * stops its workers and waits for them, before the lease ends and a standby node, which takes the lease only once
 * it has ended, may start its own. A worker also stops by itself in that last third, should the leadership thread
 * hang, and saves its position only while its node still holds the lease with the same token: a node that was
 * frozen past its lease cannot overwrite the new leader's positions. Events in order per customer therefore never
 * reach one listener from two nodes at the same time; a delivery cut short by the hand-over is made again.
 */
public final class EventDispatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);
    static final String LEASE_NAME = "event-dispatcher";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /**
     * A listener's owner, and how a worker of it gets its recipient: a fresh one for a {@link DomainEventListener}
     * (which asks the listener's wishes again), the registration's own for an {@link EventTypeListener} ({@code byType},
     * null otherwise), which is told when they change.
     */
    private record Registration(String owner, Supplier<EventRecipient> recipient, PayloadRecipient byType) {
    }

    private final DSLContext dsl;
    private final LeaseStore leases;
    private final Leadership settings;
    private final EventTypes types;
    private final EventCodec codec;
    private final Clock clock;
    private final RetryPolicy retries;
    private final FailureReporter failures;
    private final AuditLog audit;
    private final DeliveryStats stats = new DeliveryStats();
    private final Map<String, Registration> registrations = new ConcurrentHashMap<>();
    private final Map<String, ListenerWorker> workers = new ConcurrentHashMap<>();
    private final DeliveryFence fence;
    private final Thread leadership;
    private volatile boolean running = true;
    private volatile boolean leading;
    private volatile OutboxPruner pruner;
    /** The lease as this node last took or renewed it; null while it does not lead. */
    private volatile Lease lease;

    /**
     * @param leases where the dispatcher's lease is kept; its clock is {@code clock}
     * @param clock the time of the lease, of retries and of saved positions
     */
    public EventDispatcher(DSLContext dsl, LeaseStore leases, Leadership settings, EventTypes types, EventOutbox outbox,
                           Clock clock, RetryPolicy retries, FailureReporter failures, AuditLog audit) {
        this.dsl = dsl;
        this.leases = leases;
        this.settings = settings;
        this.types = types;
        this.codec = outbox.codec();
        this.clock = clock;
        this.retries = retries;
        this.failures = failures;
        this.audit = audit;
        this.fence = new LeaseFence(leases, () -> lease, this::stillInTime);
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
        register(listenerId, new Registration(owner,
                () -> new ClassRecipient(listenerId, owner, listener, types, codec, failures), null));
    }

    /**
     * Adds a listener that names the event types it wants and reads their stored fields, so it never waits for their
     * plugin; its id is kept as for {@link #register(String, String, DomainEventListener)}. Its types are asked here,
     * once, and again on {@link #typesChanged}.
     *
     * @throws IllegalArgumentException if it names a malformed event type
     */
    public void register(String listenerId, String owner, EventTypeListener listener) {
        PayloadRecipient recipient = new PayloadRecipient(listener, codec); // a malformed list fails the plugin's start
        register(listenerId, new Registration(owner, () -> recipient, recipient));
    }

    /**
     * Asks a registered {@link EventTypeListener} for its types again, on the calling thread, and has its worker deliver
     * by them from its current position on (see {@link EventTypeListener}'s "types that change at run time"). Does
     * nothing for an id that is not registered or not a type listener.
     *
     * @throws IllegalArgumentException if the listener now names a malformed type; it keeps its former types
     */
    public void typesChanged(String listenerId) {
        Registration registration = registrations.get(listenerId);
        if (registration == null || registration.byType() == null) {
            return;
        }
        registration.byType().reread();
        ListenerWorker worker = workers.get(listenerId);
        if (worker != null) {
            worker.wake();
        }
    }

    private void register(String listenerId, Registration registration) {
        ListenerOutbox.subscribeFromNewest(dsl, listenerId, clock);
        registrations.put(listenerId, registration);
        if (leading) {
            startWorker(listenerId);
        }
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
        ListenerWorker.awaitAll(stopped, STOP_TIMEOUT);
    }

    /**
     * Starts a listener's delivery afresh, from its saved position, so that it asks {@link DomainEventListener#accepts}
     * again: for a listener whose wishes change (the webhooks' feeder, when subscriptions change). Does nothing for a
     * listener that is not registered or while this node does not dispatch.
     */
    public void restart(String listenerId) {
        ListenerWorker worker = workers.get(listenerId);
        if (worker != null) {
            worker.stop();
            ListenerWorker.awaitAll(List.of(worker), STOP_TIMEOUT);
            // Removed only once finished: until then the leadership thread cannot start a second worker for it.
            workers.remove(listenerId, worker);
        }
        if (leading) {
            startWorker(listenerId);
        }
    }

    /** New events were committed: deliver them now instead of at the next poll. */
    public void wake() {
        workers.values().forEach(ListenerWorker::wake);
    }

    /**
     * Whether every registered listener has handled (delivered or parked) every event up to {@code eventId}: what
     * a plugin's tests wait for before they look at what its listeners did.
     */
    public boolean deliveredUpTo(long eventId) {
        if (registrations.isEmpty()) {
            return true;
        }
        Long lowest = dsl.select(DSL.min(EVENT_SUBSCRIPTION.POSITION)).from(EVENT_SUBSCRIPTION)
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.in(registrations.keySet())).fetchOne().value1();
        return lowest != null && lowest >= eventId;
    }

    public DeliveryStats stats() {
        return stats;
    }

    public boolean isLeading() {
        return leading;
    }

    /** Whether a worker of this node still runs: one that was stopped may not have ended yet. */
    boolean delivering() {
        return workers.values().stream().anyMatch(worker -> !worker.hasFinished());
    }

    /** The events parked for any listener, oldest first (at most {@code limit}). */
    public List<ParkedDelivery> parked(int limit) {
        return ParkedEvents.oldest(dsl, limit);
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
            EventRecipient recipient;
            try {
                recipient = registration.recipient().get();
            } catch (RuntimeException | LinkageError e) {
                failures.failed(registration.owner(), "event listener " + id, e);
                return null;
            }
            ListenerWorker worker = new ListenerWorker(id, registration.owner(), recipient, dsl, types, clock, retries,
                    failures, stats, fence);
            Thread.ofVirtual().name("events-" + id).start(worker);
            return worker;
        });
    }

    /**
     * Takes the dispatcher's lease when it is free, renews it every {@code renewEvery}, and steps down (stops every
     * worker and waits for them) once less than a third of the term is left without a renewal, well before another
     * node may take the lease over.
     */
    private void lead() {
        while (running) {
            Lease held = lease;
            try {
                if (held == null) {
                    leases.acquire(LEASE_NAME, settings.nodeId(), settings.term()).ifPresent(this::beginLeading);
                } else if (!stillInTime(held)) {
                    stepDown("the lease was not renewed in time");
                } else {
                    Optional<Lease> renewed = leases.renew(held, settings.term());
                    if (!stillInTime(held)) {
                        stepDown("the lease's renewal came too late");
                        // the workers have stopped: a standby need not wait for the renewed term to end
                        renewed.ifPresent(leases::release);
                    } else if (renewed.isEmpty()) {
                        stepDown("another node holds the lease");
                    } else {
                        lease = renewed.get();
                        workers.values().removeIf(ListenerWorker::hasFinished);
                        registrations.keySet().forEach(this::startWorker);
                    }
                }
            } catch (DataAccessException e) {
                log.warn("Cannot reach the event dispatcher's lease: {}", e.getMessage());
            }
            sleep(settings.renewEvery());
        }
    }

    private synchronized void beginLeading(Lease taken) {
        if (!running) {
            // Taken while the dispatcher closes: give it back rather than hold it until it ends.
            leases.release(taken);
            return;
        }
        lease = taken;
        leading = true;
        log.info("This node ({}) dispatches domain events (lease token {})", settings.nodeId(), taken.token());
        registrations.keySet().forEach(this::startWorker);
        if (pruner != null) {
            pruner.start();
        }
    }

    /** Whether more than a third of {@code held}'s term is left: time enough for the workers to stop before it ends. */
    private boolean stillInTime(Lease held) {
        return held.remainingAt(clock.instant()).compareTo(settings.term().dividedBy(3)) > 0;
    }

    private void stepDown(String why) {
        log.warn("This node ({}) stops dispatching domain events: {}", settings.nodeId(), why);
        stopWorkers();
    }

    /** Stops every worker and waits for it, then gives up the lease as this node saw it. */
    private void stopWorkers() {
        leading = false;
        if (pruner != null) {
            pruner.stop();
        }
        List<ListenerWorker> stopped = List.copyOf(workers.values());
        stopped.forEach(ListenerWorker::stop);
        ListenerWorker.awaitAll(stopped, STOP_TIMEOUT);
        workers.clear();
        lease = null;
    }

    private void sleep(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops the workers, waits for them, and releases the lease so that a standby node can take over at once. */
    @Override
    public void close() {
        synchronized (this) {
            running = false;
        }
        leadership.interrupt();
        try {
            if (leadership.getState() != Thread.State.NEW) {
                leadership.join(Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Lease held = lease;
        stopWorkers();
        if (held != null) {
            try {
                leases.release(held);
            } catch (DataAccessException e) {
                log.warn("Could not release the event dispatcher's lease; another node takes over when it ends: {}",
                        e.getMessage());
            }
        }
    }
}
