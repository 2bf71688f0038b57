package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;

import java.time.Clock;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** One listener's reading of the outbox: its saved position and the batches of events after it. */
final class ListenerOutbox {

    private static final int BATCH = 500;

    private final DSLContext dsl;
    private final String listenerId;
    private final Clock clock;
    private final EventRecipient recipient;
    private Condition wanted;
    private int wantedGeneration;

    ListenerOutbox(DSLContext dsl, String listenerId, Clock clock, EventRecipient recipient) {
        this.dsl = dsl;
        this.listenerId = listenerId;
        this.clock = clock;
        this.recipient = recipient;
    }

    /** Gives a listener seen for the first time the position after the newest event; a known one keeps its own. */
    static void subscribeFromNewest(DSLContext dsl, String listenerId, Clock clock) {
        dsl.insertInto(EVENT_SUBSCRIPTION)
                .set(EVENT_SUBSCRIPTION.LISTENER_ID, listenerId)
                .set(EVENT_SUBSCRIPTION.POSITION, dsl.select(DSL.coalesce(DSL.max(DOMAIN_EVENT.ID), 0L)).from(DOMAIN_EVENT))
                .set(EVENT_SUBSCRIPTION.UPDATED_AT, clock.instant())
                .onDuplicateKeyIgnore().execute();
    }

    /** Where this listener continues: its saved position (the dispatcher saved one when it was registered). */
    long savedPosition() {
        return dsl.select(EVENT_SUBSCRIPTION.POSITION).from(EVENT_SUBSCRIPTION)
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).fetchSingle(EVENT_SUBSCRIPTION.POSITION);
    }

    /**
     * The next events after {@code after} that this listener may want, and how far they cover the outbox. The events
     * it surely does not want are left out by the query ({@link EventRecipient#outboxFilter()}, asked again when its
     * {@link EventRecipient#generation()} changed; a batch read while it changed is read again, so no event written
     * after the change is left out by the former filter). Events up to the largest number read first are all
     * committed (the outbox numbers events in commit order), so when fewer than a batch are left, the batch
     * covers every event up to that number.
     */
    Batch fetchAfter(long after) {
        while (true) {
            Long newest = dsl.select(DSL.max(DOMAIN_EVENT.ID)).from(DOMAIN_EVENT).fetchSingle().value1();
            if (newest == null || newest <= after) {
                return new Batch(List.of(), after);
            }
            int generation = recipient.generation();
            if (wanted == null || generation != wantedGeneration) {
                wanted = recipient.outboxFilter();
                wantedGeneration = generation;
            }
            List<StoredEvent> events = dsl.select(DOMAIN_EVENT.ID, DOMAIN_EVENT.EVENT_TYPE, DOMAIN_EVENT.CUSTOMER_ID,
                            DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT)
                    .from(DOMAIN_EVENT)
                    .where(DOMAIN_EVENT.ID.gt(after)).and(DOMAIN_EVENT.ID.le(newest))
                    .and(wanted)
                    .orderBy(DOMAIN_EVENT.ID).limit(BATCH)
                    .fetch(r -> new StoredEvent(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
            if (recipient.generation() == wantedGeneration) {
                return new Batch(events, events.size() < BATCH ? newest : events.getLast().id());
            }
        }
    }

    /** Events to deliver in order, and the position once they are handled: past every event they stand for. */
    record Batch(List<StoredEvent> events, long through) {
    }

    /** Saves the position if {@code fence} still holds (the node leads the dispatch); false when it did not. */
    boolean savePosition(long position, Condition fence) {
        return dsl.update(EVENT_SUBSCRIPTION).set(EVENT_SUBSCRIPTION.POSITION, position)
                .set(EVENT_SUBSCRIPTION.UPDATED_AT, clock.instant())
                .where(EVENT_SUBSCRIPTION.LISTENER_ID.eq(listenerId)).and(fence).execute() == 1;
    }
}
