package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;
import static dev.rapport.platform.internal.db.Tables.LEASE;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.event.CustomerUpdated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));
    private static final Duration TERM = Duration.ofSeconds(10);

    private final Kernel kernel = new Kernel();
    private final Actor actor = kernel.newActor();
    private final List<EventDispatcher> dispatchers = new ArrayList<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void stopDispatchers() {
        dispatchers.forEach(EventDispatcher::close);
        // Tests run on clocks of their own: the next one starts without a lease left by this one's clock.
        kernel.dsl.deleteFrom(LEASE).where(LEASE.NAME.eq(EventDispatcher.LEASE_NAME)).execute();
    }

    /** A started dispatcher of node {@code nodeId} whose lease and deliveries run on {@code clock}. */
    private EventDispatcher onNode(String nodeId, Clock clock, LeaseStore leases) {
        EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, leases,
                new Leadership(nodeId, TERM, Duration.ofMillis(50)), new EventTypes(), kernel.outbox, clock, FAST,
                (owner, what, error) -> failures.add(owner + ": " + error.getMessage()), kernel.audit);
        TestDatabase.get().afterCommit(dispatcher::wake);
        dispatchers.add(dispatcher);
        dispatcher.start();
        return dispatcher;
    }

    private EventDispatcher dispatcher() {
        EventDispatcher dispatcher = unstarted();
        dispatcher.start();
        return dispatcher;
    }

    private EventDispatcher unstarted() {
        EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock),
                new Leadership(unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), new EventTypes(),
                kernel.outbox, kernel.clock, FAST, (owner, what, error) -> failures.add(owner + ": " + error.getMessage()),
                kernel.audit);
        TestDatabase.get().afterCommit(dispatcher::wake);
        dispatchers.add(dispatcher);
        return dispatcher;
    }

    /** Records what it receives; fails for events matching {@code failWhen}. */
    private static class Recorder implements DomainEventListener {
        final List<DomainEvent> received = Collections.synchronizedList(new ArrayList<>());
        final Set<Long> sequences = ConcurrentHashMap.newKeySet();
        volatile Predicate<DomainEvent> failWhen = event -> false;

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) {
            if (failWhen.test(event)) {
                throw new IllegalStateException("refused " + event.getClass().getSimpleName());
            }
            if (sequences.add(metadata.sequence())) {
                received.add(event);
            }
        }

        <T> List<T> of(Class<T> type, long customerId) {
            synchronized (received) {
                return received.stream().filter(type::isInstance).map(type::cast)
                        .filter(e -> e instanceof DomainEvent d && d.customerId() != null && d.customerId() == customerId)
                        .toList();
            }
        }
    }

    private static void waitFor(String what, java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }

    private InteractionDraft call(long customerId, String subject) {
        return new InteractionDraft(customerId, null, Channel.PHONE, Direction.OUTBOUND, subject, null, Outcome.COMPLETED,
                Instant.now(), "kernel");
    }

    @Test
    void deliversKernelEventsAfterCommitInOrderPerCustomer() throws Exception {
        EventDispatcher dispatcher = dispatcher();
        Recorder recorder = new Recorder();
        dispatcher.register(unique("test:recorder-"), "test", recorder);
        waitFor("leadership", dispatcher::isLeading);
        Thread.sleep(100);

        Customer customer = kernel.customers.create(person("Ada", unique("Events")), actor);
        kernel.customers.update(customer.id(), customer.version(), Kernel.person("Ada", customer.details().lastName() + "x"), actor);
        for (int i = 0; i < 5; i++) {
            kernel.interactions.log(call(customer.id(), "call " + i), actor);
        }

        waitFor("7 events", () -> recorder.of(DomainEvent.class, customer.id()).size() == 7);
        List<DomainEvent> events = recorder.of(DomainEvent.class, customer.id());
        assertThat(events.get(0)).isInstanceOf(CustomerCreated.class);
        assertThat(((CustomerUpdated) events.get(1)).changedFields()).containsExactlyInAnyOrder("lastName", "emails");
        assertThat(events.subList(2, 7)).allMatch(InteractionLogged.class::isInstance);
        assertThat(events.subList(2, 7)).extracting(e -> ((InteractionLogged) e).interactionId()).isSorted();
    }

    @Test
    void aFailingEventIsParkedForThatListenerOnlyAndTheCustomersLaterEventsWaitBehindIt() throws Exception {
        EventDispatcher dispatcher = dispatcher();
        Recorder failing = new Recorder();
        Recorder healthy = new Recorder();
        String failingId = unique("test:failing-");
        dispatcher.register(failingId, "test", failing);
        dispatcher.register(unique("test:healthy-"), "test", healthy);
        waitFor("leadership", dispatcher::isLeading);
        Thread.sleep(100);
        Customer troubled = kernel.customers.create(person("Tom", unique("Troubled")), actor);
        Customer fine = kernel.customers.create(person("Fay", unique("Fine")), actor);
        failing.failWhen = event -> event instanceof InteractionLogged && event.customerId() == troubled.id();

        kernel.interactions.log(call(troubled.id(), "first"), actor);
        kernel.interactions.log(call(troubled.id(), "second"), actor);
        kernel.interactions.log(call(fine.id(), "other customer"), actor);

        waitFor("healthy listener gets all three", () -> healthy.of(InteractionLogged.class, troubled.id()).size() == 2
                && healthy.of(InteractionLogged.class, fine.id()).size() == 1);
        waitFor("the failing listener goes on with the other customer", () -> failing.of(InteractionLogged.class, fine.id()).size() == 1);
        List<ParkedDelivery> parked = dispatcher.parked(100).stream().filter(p -> p.listenerId().equals(failingId)).toList();
        assertThat(parked).hasSize(2);
        assertThat(parked.get(0).attempts()).isEqualTo(3);
        assertThat(parked.get(0).error()).contains("refused InteractionLogged");
        assertThat(parked.get(1).attempts()).isZero();
        assertThat(parked.get(1).error()).contains("Waiting behind");
        assertThat(failures).anyMatch(f -> f.startsWith("test: refused"));

        failing.failWhen = event -> false;
        assertThat(dispatcher.replay(failingId, parked.get(0).eventId(), dev.rapport.platform.user.Actor.SYSTEM).get()).isEqualTo(2);
        assertThat(failing.of(InteractionLogged.class, troubled.id())).hasSize(2);
        assertThat(dispatcher.parked(100)).noneMatch(p -> p.listenerId().equals(failingId));
    }

    @Test
    void anEventWhoseTransactionStartedAppendingFirstButCommitsLastIsStillDeliveredAndInCommitOrder() throws Exception {
        EventDispatcher dispatcher = dispatcher();
        Recorder recorder = new Recorder();
        dispatcher.register(unique("test:commit-order-"), "test", recorder);
        waitFor("leadership", dispatcher::isLeading);
        Customer slow = kernel.customers.create(person("Sid", unique("Slow")), actor);
        Customer fast = kernel.customers.create(person("Fay", unique("Fast")), actor);
        waitFor("the creations", () -> recorder.of(CustomerCreated.class, fast.id()).size() == 1);
        // Outside a transaction the outbox makes one of its own, and what it remembers of it must not outlive it.
        kernel.outbox.append(kernel.dsl, touched(fast), EventTypes.KERNEL);
        waitFor("the event appended outside a transaction", () -> recorder.of(CustomerUpdated.class, fast.id()).size() == 1);

        CountDownLatch slowAppended = new CountDownLatch(1);
        CountDownLatch fastCommitted = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            Future<?> slowTransaction = threads.submit(() -> kernel.dsl.transaction(configuration -> {
                kernel.outbox.append(configuration.dsl(), touched(slow), EventTypes.KERNEL);
                slowAppended.countDown();
                // The later transaction commits meanwhile and its event is delivered: the listener reads past it
                // before this one commits. Had this event taken its number when it was appended, it would lie
                // behind the listener's position now and never be delivered.
                assertThat(fastCommitted.await(10, TimeUnit.SECONDS)).isTrue();
                waitFor("the later event", () -> recorder.of(CustomerUpdated.class, fast.id()).size() == 2);
            }));
            assertThat(slowAppended.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> fastTransaction = threads.submit(() -> {
                kernel.dsl.transaction(configuration ->
                        kernel.outbox.append(configuration.dsl(), touched(fast), EventTypes.KERNEL));
                fastCommitted.countDown();
            });
            slowTransaction.get(20, TimeUnit.SECONDS);
            fastTransaction.get(20, TimeUnit.SECONDS);
        }

        waitFor("both events", () -> recorder.of(CustomerUpdated.class, slow.id()).size() == 1
                && recorder.of(CustomerUpdated.class, fast.id()).size() == 2);
        List<DomainEvent> updates;
        synchronized (recorder.received) {
            updates = recorder.received.stream().filter(CustomerUpdated.class::isInstance).toList();
        }
        assertThat(updates).extracting(DomainEvent::customerId).containsSubsequence(fast.id(), fast.id(), slow.id());
    }

    @Test
    void aListenerGetsOnlyTheTypesItAcceptsAndMovesPastMoreThanABatchOfOthers() throws Exception {
        EventDispatcher dispatcher = dispatcher();
        Recorder interactionsOnly = new Recorder() {
            @Override
            public boolean accepts(Class<? extends DomainEvent> type) {
                return type == InteractionLogged.class;
            }
        };
        String listenerId = unique("test:interactions-only-");
        dispatcher.register(listenerId, "test", interactionsOnly);
        waitFor("leadership", dispatcher::isLeading);

        Customer customer = kernel.customers.create(person("Mo", unique("Many")), actor);
        List<CustomerUpdated> crowd = IntStream.range(0, 1200).mapToObj(i -> touched(customer)).toList();
        kernel.dsl.transaction(configuration -> kernel.outbox.appendAll(configuration.dsl(), crowd, EventTypes.KERNEL));
        kernel.interactions.log(call(customer.id(), "after the crowd"), actor);
        long newest = kernel.dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1();

        waitFor("the interaction", () -> interactionsOnly.of(InteractionLogged.class, customer.id()).size() == 1);
        waitFor("the saved position past every event", () -> kernel.dsl.select(EVENT_SUBSCRIPTION.POSITION)
                .from(EVENT_SUBSCRIPTION).where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId))
                .fetchSingle(EVENT_SUBSCRIPTION.POSITION) >= newest);
        assertThat(interactionsOnly.received).allMatch(InteractionLogged.class::isInstance);
    }

    private static CustomerUpdated touched(Customer customer) {
        return new CustomerUpdated(customer.id(), Set.of("notes"), customer.details().stage(),
                customer.details().ownerId());
    }

    @Test
    void eventsWrittenWhileNoDispatcherRunsAreDeliveredWhenOneStarts() throws Exception {
        String listenerId = unique("test:late-");
        Recorder first = new Recorder();
        EventDispatcher before = dispatcher();
        before.register(listenerId, "test", first);
        waitFor("subscription", () -> kernel.dsl.fetchExists(EVENT_SUBSCRIPTION, EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)));
        before.close();
        dispatchers.remove(before);

        // Committed while nothing dispatches: a crash between commit and delivery.
        Customer customer = kernel.customers.create(person("Cy", unique("Crash")), actor);
        kernel.interactions.log(call(customer.id(), "while down"), actor);

        Recorder second = new Recorder();
        EventDispatcher after = dispatcher();
        after.register(listenerId, "test", second);
        waitFor("both events after restart", () -> second.of(DomainEvent.class, customer.id()).size() == 2);
        assertThat(first.of(DomainEvent.class, customer.id())).isEmpty();
    }

    @Test
    void aNewListenerGetsTheEventsWrittenAfterItsRegistrationEvenBeforeItsWorkerRuns() throws Exception {
        // Not started yet, as while the platform starts its plugins: no worker runs before start().
        EventDispatcher dispatcher = unstarted();
        Recorder recorder = new Recorder();
        dispatcher.register(unique("test:new-"), "test", recorder);

        Customer customer = kernel.customers.create(person("Nell", unique("Newcomer")), actor);
        dispatcher.start();

        waitFor("the event written after the registration", () -> recorder.of(CustomerCreated.class, customer.id()).size() == 1);
    }

    @Test
    void aClosedDispatcherReleasesItsLeaseForTheNextOneAtOnce() throws Exception {
        // The clock stands still: the lease never ends by itself, only by being released.
        TestClock clock = new TestClock(Instant.now());
        EventDispatcher first = onNode("node-first", clock, new LeaseStore(kernel.dsl, clock));
        waitFor("leadership", first::isLeading);

        first.close();
        dispatchers.remove(first);

        EventDispatcher next = onNode("node-next", clock, new LeaseStore(kernel.dsl, clock));
        waitFor("leadership of the next dispatcher", next::isLeading);
    }

    /** A lease store whose renewals hang while {@code frozen} is closed: a node frozen or cut off from the database. */
    private LeaseStore freezable(Clock clock, CountDownLatch thawed, AtomicBoolean frozen) {
        ExecuteListener hang = ExecuteListener.onExecuteStart(context -> {
            if (frozen.get() && context.sql() != null && context.sql().toLowerCase().startsWith("update lease")) {
                try {
                    thawed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        return new LeaseStore(DSL.using(kernel.dsl.configuration().derive(new DefaultExecuteListenerProvider(hang))),
                clock);
    }

    /** Every delivery of one listener id on two nodes, with when it ran, to tell whether two ever overlapped. */
    private static final class Deliveries {
        record Delivery(String node, long sequence, long customerId, long startedNanos, long endedNanos) {
        }

        final List<Delivery> all = Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.atomic.AtomicInteger underWay = new java.util.concurrent.atomic.AtomicInteger();
        volatile boolean overlapped;

        DomainEventListener on(String node) {
            return new DomainEventListener() {
                @Override
                public void onEvent(DomainEvent event, EventMetadata metadata) throws InterruptedException {
                    long started = System.nanoTime();
                    if (underWay.incrementAndGet() > 1) {
                        overlapped = true;
                    }
                    TimeUnit.MILLISECONDS.sleep(5);
                    underWay.decrementAndGet();
                    all.add(new Delivery(node, metadata.sequence(), event.customerId(), started, System.nanoTime()));
                }

                @Override
                public boolean accepts(Class<? extends DomainEvent> type) {
                    return type == CustomerUpdated.class;
                }
            };
        }

        List<Delivery> by(String node) {
            synchronized (all) {
                return all.stream().filter(d -> d.node().equals(node)).toList();
            }
        }

        /** The customers' events in the order first delivered, per customer. */
        Map<Long, List<Long>> firstDeliveriesPerCustomer() {
            Map<Long, List<Long>> order = new java.util.HashMap<>();
            Set<Long> seen = new java.util.HashSet<>();
            synchronized (all) {
                all.stream().filter(d -> seen.add(d.sequence()))
                        .forEach(d -> order.computeIfAbsent(d.customerId(), id -> new ArrayList<>()).add(d.sequence()));
            }
            return order;
        }
    }

    @Test
    void whenTheLeaderStopsRenewingItsWorkersStopBeforeTheStandbyStartsAndNoEventIsDeliveredByBothAtOnce()
            throws Exception {
        TestClock clock = new TestClock(Instant.now());
        CountDownLatch thawed = new CountDownLatch(1);
        AtomicBoolean frozen = new AtomicBoolean();
        EventDispatcher first = onNode("node-a", clock, freezable(clock, thawed, frozen));
        waitFor("the first node's leadership", first::isLeading);
        EventDispatcher second = onNode("node-b", clock, new LeaseStore(kernel.dsl, clock));
        String listenerId = unique("test:hand-over-");
        Deliveries deliveries = new Deliveries();
        first.register(listenerId, "test", deliveries.on("a"));
        second.register(listenerId, "test", deliveries.on("b"));
        List<Customer> customers = List.of(kernel.customers.create(person("Han", unique("Over")), actor),
                kernel.customers.create(person("Ola", unique("Over")), actor));
        appendUpdates(customers, 10);
        waitFor("deliveries on the first node", () -> deliveries.by("a").size() == 20);
        Instant leaseEnds = currentLease().expiresAt();

        frozen.set(true); // its renewals hang from now on; its workers go on
        Instant workersStopped = null;
        Instant secondLeads = null;
        while (secondLeads == null) {
            clock.advance(Duration.ofMillis(500));
            appendUpdates(customers, 1);
            Thread.sleep(300);
            if (workersStopped == null && !first.delivering()) {
                workersStopped = clock.instant();
            }
            if (second.isLeading()) {
                secondLeads = clock.instant();
                assertThat(first.delivering()).as("the first node's workers still run").isFalse();
            }
            assertThat(clock.instant()).as("the second node never took over").isBefore(leaseEnds.plusSeconds(30));
        }
        appendUpdates(customers, 5);
        thawed.countDown();

        assertThat(workersStopped).as("the first node's workers stopped with a third of the lease left")
                .isNotNull().isBeforeOrEqualTo(leaseEnds.minus(TERM.dividedBy(3)).plusSeconds(1));
        assertThat(secondLeads).as("the second node took the lease only once it had ended").isAfterOrEqualTo(leaseEnds);
        waitFor("every event delivered", () -> kernel.dsl.fetchCount(DOMAIN_EVENT, DOMAIN_EVENT.CUSTOMER_ID
                .in(customers.stream().map(Customer::id).toList()).and(DOMAIN_EVENT.EVENT_TYPE.like("%CustomerUpdated")))
                == deliveries.firstDeliveriesPerCustomer().values().stream().mapToInt(List::size).sum());
        waitFor("the first node to step down once it can reach the lease again", () -> !first.isLeading());
        assertThat(second.isLeading()).isTrue();
        assertThat(deliveries.overlapped).as("two deliveries at the same time").isFalse();
        long lastOfFirst = deliveries.by("a").stream().mapToLong(Deliveries.Delivery::endedNanos).max().orElseThrow();
        assertThat(deliveries.by("b")).isNotEmpty()
                .allSatisfy(delivery -> assertThat(delivery.startedNanos()).isGreaterThan(lastOfFirst));
        assertThat(deliveries.firstDeliveriesPerCustomer().values()).allSatisfy(sequences -> assertThat(sequences).isSorted());
    }

    @Test
    void aNodeFrozenPastItsLeaseCannotSaveItsListenersPositionOnceAnotherTookOver() throws Exception {
        TestClock clock = new TestClock(Instant.now());
        CountDownLatch thawed = new CountDownLatch(1);
        AtomicBoolean frozen = new AtomicBoolean();
        EventDispatcher first = onNode("node-a", clock, freezable(clock, thawed, frozen));
        waitFor("the first node's leadership", first::isLeading);
        EventDispatcher second = onNode("node-b", clock, new LeaseStore(kernel.dsl, clock));
        String listenerId = unique("test:fenced-");
        CountDownLatch inDelivery = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        first.register(listenerId, "test", (event, metadata) -> {
            inDelivery.countDown();
            resume.await(); // the whole node freezes in the middle of this delivery
        });
        Recorder recorder = new Recorder();
        second.register(listenerId, "test", recorder);
        Customer customer = kernel.customers.create(person("Fen", unique("Fenced")), actor);
        try {
            assertThat(inDelivery.await(10, TimeUnit.SECONDS)).isTrue();
            frozen.set(true);
            clock.advance(TERM.plusSeconds(1));
            waitFor("the second node's leadership", second::isLeading);
            kernel.interactions.log(call(customer.id(), "after the take-over"), actor);
            waitFor("the second node's deliveries", () -> recorder.of(DomainEvent.class, customer.id()).size() == 2);
            long newest = kernel.dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1();
            waitFor("the second node's saved position", () -> positionOf(listenerId) >= newest);

            resume.countDown(); // the first node wakes up, finishes its delivery and would save its position
            waitFor("the first node's worker to stop", () -> !first.delivering());
            assertThat(positionOf(listenerId)).as("the position saved by the node that leads now").isGreaterThanOrEqualTo(newest);
        } finally {
            resume.countDown();
            thawed.countDown();
        }
    }

    private long positionOf(String listenerId) {
        return kernel.dsl.select(EVENT_SUBSCRIPTION.POSITION).from(EVENT_SUBSCRIPTION)
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).fetchSingle(EVENT_SUBSCRIPTION.POSITION);
    }

    private dev.rapport.platform.persistence.Lease currentLease() {
        var row = kernel.dsl.selectFrom(LEASE).where(LEASE.NAME.eq(EventDispatcher.LEASE_NAME)).fetchSingle();
        return new dev.rapport.platform.persistence.Lease(row.getName(), row.getHolder(), row.getToken(),
                row.getExpiresAt());
    }

    private void appendUpdates(List<Customer> customers, int each) {
        for (int i = 0; i < each; i++) {
            for (Customer customer : customers) {
                kernel.dsl.transaction(configuration ->
                        kernel.outbox.append(configuration.dsl(), touched(customer), EventTypes.KERNEL));
            }
        }
    }

    @Test
    void onlyOneDispatcherLeadsAtATime() throws Exception {
        EventDispatcher one = dispatcher();
        EventDispatcher two = dispatcher();
        waitFor("a leader", () -> one.isLeading() || two.isLeading());
        Thread.sleep(300);
        assertThat(one.isLeading() && two.isLeading()).isFalse();
    }
}
