package dev.rapport.platform.event;

import dev.rapport.platform.event.ParkedDelivery.Reason;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to one listener, on one thread: events in outbox order, so in order per customer.
 * A delivery that keeps failing is parked, and the customer's later events wait behind it (parked too)
 * until an administrator replays it, or discards it (which releases the ones behind it). An event whose type's
 * plugin is not running is parked too, holding its customer's later events, and delivered with them when that
 * plugin runs again. The listener's position is saved after every batch and never passes an event that was neither
 * delivered nor parked (a stop during retries leaves it before that event); after a crash the batch is delivered
 * again (at least once).
 */
final class ListenerWorker implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(ListenerWorker.class);
    private static final Duration IDLE_POLL = Duration.ofMillis(500);
    private static final int MAX_ERROR = 4000;
    private static final String WAITING_BEHIND = "Waiting behind an earlier parked event of this customer";

    private final String listenerId;
    private final String owner;
    private final EventTypes types;
    private final RetryPolicy retries;
    private final FailureReporter failures;
    private final DeliveryStats stats;
    private final DeliveryFence fence;
    private final Semaphore wakeUp = new Semaphore(0);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final Set<Long> blockedCustomers = new HashSet<>();
    private final Set<String> awaitedPlugins = new HashSet<>();
    private final ParkedEvents parked;
    private final ListenerOutbox outbox;
    private final ListenerCalls calls;
    private final EventRecipient recipient;
    private volatile boolean running = true;
    private long position;

    ListenerWorker(String listenerId, String owner, EventRecipient recipient, DSLContext dsl, EventTypes types,
                   Clock clock, RetryPolicy retries, FailureReporter failures, DeliveryStats stats, DeliveryFence fence) {
        this.listenerId = listenerId;
        this.owner = owner;
        this.types = types;
        this.retries = retries;
        this.failures = failures;
        this.stats = stats;
        this.fence = fence;
        this.parked = new ParkedEvents(dsl, listenerId, clock);
        this.recipient = recipient;
        this.calls = new ListenerCalls(listenerId, recipient, clock, retries, stats, wakeUp, () -> running);
        this.outbox = new ListenerOutbox(dsl, listenerId, clock, recipient);
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
    void submit(Command command) {
        commands.add(command);
        wake();
    }

    @Override
    public void run() {
        try {
            position = outbox.savedPosition();
            blockedCustomers.addAll(parked.blockedCustomers());
            awaitedPlugins.addAll(parked.awaitedPlugins());
            while (running && !fencedOff()) {
                runCommands();
                releaseForStartedPlugins();
                recipient.endOfBatch(); // what replays and released events handed over is written before idling
                ListenerOutbox.Batch batch = outbox.fetchAfter(position);
                if (batch.through() == position) {
                    wakeUp.drainPermits();
                    if (outbox.fetchAfter(position).through() == position) {
                        wakeUp.tryAcquire(IDLE_POLL.toMillis(), TimeUnit.MILLISECONDS);
                    }
                    continue;
                }
                boolean complete = true;
                for (StoredEvent event : batch.events()) {
                    if (!running || fencedOff() || !deliverOrPark(event)) {
                        // Stopped before this event was delivered or parked: it is the first one to deliver next time.
                        complete = false;
                        break;
                    }
                    position = event.id();
                }
                if (complete) {
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

    /**
     * Waits for stopped workers to finish the delivery under way (their plugin may be stopped next), each up to
     * {@code timeout}.
     */
    static void awaitAll(Collection<ListenerWorker> stopped, Duration timeout) {
        for (ListenerWorker worker : stopped) {
            if (!worker.awaitFinished(timeout)) {
                log.warn("Event delivery to {} did not end within {} s of being stopped", worker.listenerId(),
                        timeout.toSeconds());
            }
        }
    }

    /** Whether the thread has ended (stopped, fenced off, or failed). */
    boolean hasFinished() {
        return finished.getCount() == 0;
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
        recipient.endOfBatch();
        if (!outbox.savePosition(position, fence.held())) {
            log.warn("Event delivery to {} stops without saving its position: this node lost the dispatcher lease",
                    listenerId);
            running = false;
        }
    }

    /** Work for the worker's thread (replay, discard), which may wait between tries. */
    @FunctionalInterface
    interface Command {
        void run() throws InterruptedException;
    }

    private void runCommands() throws InterruptedException {
        Command command;
        while ((command = commands.poll()) != null) {
            command.run();
        }
    }

    /**
     * Delivers one event from the outbox, or parks it: after its last failed try, behind an earlier parked event of
     * its customer, or while the plugin that defines its type is not running. False when the worker was stopped
     * before the event was delivered or parked: its position must then stay before it.
     */
    private boolean deliverOrPark(StoredEvent stored) throws InterruptedException {
        EventRecipient.Verdict verdict = recipient.verdict(stored);
        if (verdict instanceof EventRecipient.Skip) {
            return true;
        }
        if (stored.customerId() != null && blockedCustomers.contains(stored.customerId())) {
            park(stored, Reason.BEHIND, 0, WAITING_BEHIND, null);
            return true;
        }
        switch (verdict) {
            case EventRecipient.Skip skip -> {
                return true;
            }
            case EventRecipient.WaitForPlugin absent -> {
                park(stored, Reason.WAITING_FOR_PLUGIN, 0, waitingFor(absent.pluginId()), absent.pluginId());
                awaitedPlugins.add(absent.pluginId());
                return true;
            }
            case EventRecipient.ClassMissing missing -> {
                IllegalStateException error = classMissing(stored, missing);
                park(stored, Reason.FAILED, 0, describe(error), null);
                failures.failed(owner, "event listener " + listenerId, error);
                return true;
            }
            case EventRecipient.Deliver deliver -> {
                ListenerCalls.Tried tried = calls.deliverWithRetries(stored, 1, retries.maxAttempts());
                if (tried == null) {
                    return false;
                }
                if (!tried.delivered()) {
                    park(stored, Reason.FAILED, tried.attempts(), describe(tried.error()), null);
                    failures.failed(owner, "event listener " + listenerId, tried.error());
                }
                return true;
            }
        }
    }

    private void park(StoredEvent stored, Reason reason, int attempts, String error, String waitingFor) {
        parked.park(stored, reason, attempts, error, waitingFor);
        if (stored.customerId() != null) {
            blockedCustomers.add(stored.customerId());
        }
        stats.parked();
    }

    /**
     * Delivers the events that waited for plugins which run again, each customer's in order with the events parked
     * behind them, before any later event of the outbox: so they arrive as if the plugin had never been away.
     */
    private void releaseForStartedPlugins() throws InterruptedException {
        for (String pluginId : List.copyOf(awaitedPlugins)) {
            if (!types.isRunning(pluginId)) {
                continue;
            }
            awaitedPlugins.remove(pluginId);
            Set<Long> released = new HashSet<>();
            for (ParkedEvents.Row row : parked.waitingFor(pluginId)) {
                if (!running) {
                    return;
                }
                Long customerId = row.event().customerId();
                if (customerId == null) {
                    retry(row, retries.maxAttempts());
                } else if (released.add(customerId)) {
                    release(customerId, retries.maxAttempts(), false);
                }
            }
            log.info("Listener {}: delivered the events that waited for the plugin {}", listenerId, pluginId);
        }
    }

    /**
     * Delivers a customer's parked events in order, each up to {@code tries} times, until one is held: a failed one
     * (tried again only with {@code retryFailed}), one whose plugin is not running, or one that fails now (then
     * parked as failed). The events after a held one stay parked behind it. Returns how many went through.
     */
    private int release(long customerId, int tries, boolean retryFailed) throws InterruptedException {
        int released = 0;
        for (ParkedEvents.Row row : parked.ofCustomer(customerId)) {
            if (row.reason() == Reason.FAILED && !retryFailed || !retry(row, tries)) {
                return released;
            }
            released++;
        }
        blockedCustomers.remove(customerId);
        return released;
    }

    /** Tries a parked event again; true when it went through (or the listener does not want it) and is unparked. */
    private boolean retry(ParkedEvents.Row row, int tries) throws InterruptedException {
        StoredEvent stored = row.event();
        switch (recipient.verdict(stored)) {
            case EventRecipient.Skip skip -> {
                parked.delete(stored.id());
                return true;
            }
            case EventRecipient.WaitForPlugin absent -> {
                parked.markWaiting(stored.id(), absent.pluginId(), waitingFor(absent.pluginId()));
                awaitedPlugins.add(absent.pluginId());
                return false;
            }
            case EventRecipient.ClassMissing missing -> {
                parked.markFailed(stored.id(), row.attempts(), describe(classMissing(stored, missing)));
                return false;
            }
            case EventRecipient.Deliver deliver -> {
                ListenerCalls.Tried tried = calls.deliverWithRetries(stored, row.attempts() + 1, tries);
                if (tried == null) {
                    return false;
                }
                if (!tried.delivered()) {
                    parked.markFailed(stored.id(), row.attempts() + tried.attempts(), describe(tried.error()));
                    failures.failed(owner, "event listener " + listenerId, tried.error());
                    return false;
                }
                parked.delete(stored.id());
                return true;
            }
        }
    }

    /**
     * Delivers the parked event {@code eventId} again, with the events of its customer parked with it, in order
     * (each tried once), stopping at the first that fails again (it and the ones after it stay parked). Returns how
     * many went through.
     */
    int replay(long eventId) throws InterruptedException {
        Optional<ParkedEvents.Row> row = parked.find(eventId);
        if (row.isEmpty()) {
            return 0;
        }
        Long customerId = row.get().event().customerId();
        if (customerId == null) {
            return retry(row.get(), 1) ? 1 : 0;
        }
        return release(customerId, 1, true);
    }

    /**
     * Gives up on one parked event and delivers the later events of its customer that waited only behind it, in
     * order (each tried once), up to the next event that is held for a reason of its own. Returns how many of those
     * were delivered.
     */
    int discard(long eventId) throws InterruptedException {
        Optional<ParkedEvents.Row> row = parked.find(eventId);
        if (row.isEmpty()) {
            return 0;
        }
        parked.delete(eventId);
        Long customerId = row.get().event().customerId();
        return customerId == null ? 0 : release(customerId, 1, false);
    }

    private static String waitingFor(String pluginId) {
        return "Waiting for the plugin " + pluginId + " to run again";
    }

    private static IllegalStateException classMissing(StoredEvent stored, EventRecipient.ClassMissing missing) {
        return new IllegalStateException("The plugin " + missing.pluginId() + " no longer has the event class "
                + stored.type().substring(stored.type().indexOf(':') + 1));
    }

    private static String describe(Throwable error) {
        String text = error.getClass().getName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }
}
