package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;

import dev.rapport.sdk.event.DomainEvent;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** One listener's reading of the outbox: its saved position and the batches of events after it. */
final class ListenerOutbox {

    private static final int BATCH = 500;

    private final DSLContext dsl;
    private final String listenerId;
    private final Clock clock;
    private final Predicate<Class<? extends DomainEvent>> accepts;
    private Set<String> refusedKernelTypes;

    ListenerOutbox(DSLContext dsl, String listenerId, Clock clock, Predicate<Class<? extends DomainEvent>> accepts) {
        this.dsl = dsl;
        this.listenerId = listenerId;
        this.clock = clock;
        this.accepts = accepts;
    }

    /** Where this listener continues: its saved position (the dispatcher saved one when it was registered). */
    long savedPosition() {
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
    Batch fetchAfter(long after) {
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
    record Batch(List<StoredEvent> events, long through) {
    }

    /** The stored type names of the kernel's events that the listener does not accept; asked once. */
    private Set<String> refusedKernelTypes() {
        if (refusedKernelTypes == null) {
            Set<String> refused = new HashSet<>();
            for (Class<?> type : DomainEvent.class.getPermittedSubclasses()) {
                if (type.isRecord() && !accepts.test(type.asSubclass(DomainEvent.class))) {
                    refused.add(EventTypes.typeName(EventTypes.KERNEL, type));
                }
            }
            refusedKernelTypes = Set.copyOf(refused);
        }
        return refusedKernelTypes;
    }

    /** Saves the position if {@code fence} still holds (the node leads the dispatch); false when it did not. */
    boolean savePosition(long position, Condition fence) {
        return dsl.update(EVENT_SUBSCRIPTION).set(EVENT_SUBSCRIPTION.POSITION, position)
                .set(EVENT_SUBSCRIPTION.UPDATED_AT, clock.instant())
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).and(fence).execute() == 1;
    }
}
