package dev.rapport.platform.event;

import dev.rapport.platform.persistence.LeaseStore;
import static dev.rapport.platform.event.RecordingListener.waitFor;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.event.ParkedDelivery.Reason;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.event.InteractionLogged;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events survive a listener's stop during retries, and an administrator's discard releases what waited behind. */
class EventRedeliveryTest {

    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10));

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();
    private final List<EventDispatcher> dispatchers = new ArrayList<>();

    @AfterEach
    void stopDispatchers() {
        dispatchers.forEach(EventDispatcher::close);
    }

    private EventDispatcher dispatcher(RetryPolicy retries) throws InterruptedException {
        var database = TestDatabase.get();
        EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock), 
                new Leadership(Kernel.unique("node-"), Duration.ofSeconds(10), Duration.ofMillis(100)), new EventTypes(), kernel.outbox, kernel.clock, retries,
                (owner, what, error) -> { }, kernel.audit);
        database.afterCommit(dispatcher::wake);
        dispatchers.add(dispatcher);
        dispatcher.start();
        waitFor("leadership", dispatcher::isLeading);
        return dispatcher;
    }

    private long logCall(long customerId, String subject) {
        kernel.interactions.log(new InteractionDraft(customerId, null, Channel.PHONE, Direction.OUTBOUND, subject, null,
                Outcome.COMPLETED, Instant.now(), "kernel"), admin);
        return kernel.dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT)
                .where(DOMAIN_EVENT.CUSTOMER_ID.eq(customerId)).fetchSingle().value1();
    }

    private long position(String listenerId) {
        return kernel.dsl.select(EVENT_SUBSCRIPTION.POSITION).from(EVENT_SUBSCRIPTION)
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).fetchSingle(EVENT_SUBSCRIPTION.POSITION);
    }

    private List<ParkedDelivery> parkedFor(EventDispatcher dispatcher, String listenerId) {
        return dispatcher.parked(500).stream().filter(p -> p.listenerId().equals(listenerId)).toList();
    }

    @Test
    void aListenerStoppedWhileAnEventIsRetriedGetsThatEventAfterItsRestart() throws Exception {
        // Long pauses between tries: the stop comes while the event waits for its second try.
        EventDispatcher dispatcher = dispatcher(new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofSeconds(2)));
        String owner = unique("stopping");
        String listenerId = owner + ":listener";
        RecordingListener failing = new RecordingListener();
        failing.failWhen = InteractionLogged.class::isInstance;
        dispatcher.register(listenerId, owner, failing);
        Customer customer = kernel.customers.create(person("Stu", unique("Stopped")), admin);
        waitFor("the creation", () -> failing.of(CustomerCreated.class, customer.id()).size() == 1);

        long call = logCall(customer.id(), "retried while the plugin stops");
        waitFor("the first try", () -> failing.failedTries.get() >= 1);
        dispatcher.unregisterOwnedBy(owner);

        assertThat(position(listenerId)).as("the saved position").isLessThan(call);
        assertThat(parkedFor(dispatcher, listenerId)).isEmpty();
        RecordingListener restarted = new RecordingListener();
        dispatcher.register(listenerId, owner, restarted);
        waitFor("the event after the restart", () -> restarted.of(InteractionLogged.class, customer.id()).size() == 1);
        assertThat(restarted.sequences).containsExactly(call);
    }

    @Test
    void discardingAFailedEventDeliversTheCustomersEventsThatWaitedBehindItInOrder() throws Exception {
        EventDispatcher dispatcher = dispatcher(FAST);
        String listenerId = unique("test:discard-");
        RecordingListener failing = new RecordingListener();
        dispatcher.register(listenerId, "test", failing);
        Customer customer = kernel.customers.create(person("Dora", unique("Discard")), admin);
        waitFor("the creation", () -> failing.of(CustomerCreated.class, customer.id()).size() == 1);
        failing.failWhen = InteractionLogged.class::isInstance;

        long broken = logCall(customer.id(), "cannot be handled");
        waitFor("the failed event parked", () -> parkedFor(dispatcher, listenerId).size() == 1);
        long second = logCall(customer.id(), "second");
        long third = logCall(customer.id(), "third");
        waitFor("the later events parked behind it", () -> parkedFor(dispatcher, listenerId).size() == 3);
        assertThat(parkedFor(dispatcher, listenerId)).extracting(ParkedDelivery::reason)
                .containsExactly(Reason.FAILED, Reason.BEHIND, Reason.BEHIND);

        failing.failWhen = event -> false;
        assertThat(dispatcher.discard(listenerId, broken, admin).get()).isEqualTo(2);

        assertThat(failing.sequences).endsWith(second, third).doesNotContain(broken);
        assertThat(parkedFor(dispatcher, listenerId)).isEmpty();
        long later = logCall(customer.id(), "after the discard");
        waitFor("a later event delivered directly", () -> failing.sequences.contains(later));
        assertThat(audited(AuditAction.EVENT_DISCARDED, broken)).isEqualTo(1);
    }

    @Test
    void discardingReleasesTheWaitingEventsOnlyUpToTheNextFailedOne() throws Exception {
        EventDispatcher dispatcher = dispatcher(FAST);
        String listenerId = unique("test:discard-stop-");
        RecordingListener failing = new RecordingListener();
        dispatcher.register(listenerId, "test", failing);
        Customer customer = kernel.customers.create(person("Dan", unique("Discard")), admin);
        waitFor("the creation", () -> failing.of(CustomerCreated.class, customer.id()).size() == 1);
        failing.failWhen = InteractionLogged.class::isInstance;
        long first = logCall(customer.id(), "first");
        waitFor("the first parked", () -> parkedFor(dispatcher, listenerId).size() == 1);
        long second = logCall(customer.id(), "second");
        long third = logCall(customer.id(), "third");
        waitFor("two behind it", () -> parkedFor(dispatcher, listenerId).size() == 3);

        // The second fails on its own when released: it is parked as failed, and the third stays behind it.
        long secondInteraction = interactionOf(second);
        failing.failWhen = event -> event instanceof InteractionLogged logged && logged.interactionId() == secondInteraction;
        assertThat(dispatcher.discard(listenerId, first, admin).get()).isZero();
        assertThat(parkedFor(dispatcher, listenerId)).extracting(ParkedDelivery::eventId, ParkedDelivery::reason)
                .containsExactly(tuple(second, Reason.FAILED), tuple(third, Reason.BEHIND));
        assertThat(failing.sequences).doesNotContain(first, second, third);
    }

    @Test
    void replayingIsAudited() throws Exception {
        EventDispatcher dispatcher = dispatcher(FAST);
        String listenerId = unique("test:replay-");
        RecordingListener failing = new RecordingListener();
        dispatcher.register(listenerId, "test", failing);
        Customer customer = kernel.customers.create(person("Ray", unique("Replay")), admin);
        waitFor("the creation", () -> failing.of(CustomerCreated.class, customer.id()).size() == 1);
        failing.failWhen = InteractionLogged.class::isInstance;
        long call = logCall(customer.id(), "replayed");
        waitFor("parked", () -> parkedFor(dispatcher, listenerId).size() == 1);

        failing.failWhen = event -> false;
        assertThat(dispatcher.replay(listenerId, call, admin).get()).isEqualTo(1);
        assertThat(audited(AuditAction.EVENT_REPLAYED, call)).isEqualTo(1);
    }

    @Test
    void aListenersEndOfBatchRunsBeforeThePositionIsSavedAndAThrowDeliversTheBatchAgain() throws Exception {
        EventDispatcher dispatcher = dispatcher(FAST);
        String listenerId = unique("test:batching-");
        GatheringListener gathering = new GatheringListener(listenerId);
        dispatcher.register(listenerId, "test", gathering);
        Customer customer = kernel.customers.create(person("Bea", unique("Batch")), admin);
        waitFor("the creation written", () -> gathering.written.contains(customerCreatedOf(customer.id())));

        gathering.failNextWrite = true;
        long call = logCall(customer.id(), "written at the end of its batch");
        waitFor("the call written", () -> gathering.written.contains(call));

        assertThat(gathering.deliveries.stream().filter(sequence -> sequence == call)).as("deliveries of the call")
                .hasSize(2);
        assertThat(gathering.positionsAtWrite).as("saved positions seen while the call was written").isNotEmpty()
                .allMatch(position -> position < call);
        waitFor("the position saved past the call", () -> position(listenerId) >= call);
    }

    private long customerCreatedOf(long customerId) {
        return kernel.dsl.select(DSL.min(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT)
                .where(DOMAIN_EVENT.CUSTOMER_ID.eq(customerId)).fetchSingle().value1();
    }

    /**
     * A plugin-style listener that only gathers in {@code onEvent} and writes at the end of the batch; it notes the
     * saved position each time it writes an interaction, and fails one write on request.
     */
    private final class GatheringListener implements DomainEventListener {

        private final String listenerId;
        private final List<Long> gathered = new ArrayList<>();
        final List<Long> deliveries = Collections.synchronizedList(new ArrayList<>());
        final Set<Long> written = ConcurrentHashMap.newKeySet();
        final List<Long> positionsAtWrite = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failNextWrite;
        private boolean interactionGathered;

        GatheringListener(String listenerId) {
            this.listenerId = listenerId;
        }

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) {
            gathered.add(metadata.sequence());
            deliveries.add(metadata.sequence());
            interactionGathered |= event instanceof InteractionLogged;
        }

        @Override
        public void endOfBatch() throws Exception {
            try {
                if (interactionGathered) {
                    positionsAtWrite.add(position(listenerId));
                    if (failNextWrite) {
                        failNextWrite = false;
                        throw new Exception("the batch could not be written");
                    }
                }
                written.addAll(gathered);
            } finally {
                gathered.clear();
                interactionGathered = false;
            }
        }
    }

    private long interactionOf(long eventId) {
        String payload = kernel.dsl.select(DOMAIN_EVENT.PAYLOAD).from(DOMAIN_EVENT).where(DOMAIN_EVENT.ID.eq(eventId))
                .fetchSingle(DOMAIN_EVENT.PAYLOAD);
        return new EventCodec().decode(payload, InteractionLogged.class).interactionId();
    }

    private int audited(AuditAction action, long eventId) {
        return kernel.dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(action.name())
                .and(AUDIT_ENTRY.SUBJECT_TYPE.eq("event")).and(AUDIT_ENTRY.SUBJECT_ID.eq(Long.toString(eventId)))
                .and(AUDIT_ENTRY.ACTOR_ID.eq(admin.storedUserId())));
    }
}
