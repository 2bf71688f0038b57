package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_PARKED;

import dev.rapport.platform.event.ParkedDelivery.Reason;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The events parked for one listener ({@code event_parked}), read and changed by that listener's worker only. */
final class ParkedEvents {

    /** A parked event with why it is parked and how often it was tried. */
    record Row(StoredEvent event, Reason reason, int attempts) {
    }

    private final DSLContext dsl;
    private final String listenerId;
    private final Clock clock;

    ParkedEvents(DSLContext dsl, String listenerId, Clock clock) {
        this.dsl = dsl;
        this.listenerId = listenerId;
        this.clock = clock;
    }

    /** The events parked for any listener, oldest first (at most {@code limit}). */
    static List<ParkedDelivery> oldest(DSLContext dsl, int limit) {
        return dsl.select(EVENT_PARKED.LISTENER_ID, EVENT_PARKED.EVENT_ID, DOMAIN_EVENT.EVENT_TYPE,
                        EVENT_PARKED.CUSTOMER_ID, EVENT_PARKED.ATTEMPTS, EVENT_PARKED.ERROR, EVENT_PARKED.PARKED_AT,
                        EVENT_PARKED.REASON, EVENT_PARKED.WAITING_FOR)
                .from(EVENT_PARKED).join(DOMAIN_EVENT).on(DOMAIN_EVENT.ID.eq(EVENT_PARKED.EVENT_ID))
                .orderBy(EVENT_PARKED.EVENT_ID, EVENT_PARKED.LISTENER_ID).limit(limit)
                .fetch(r -> new ParkedDelivery(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), ParkedDelivery.Reason.valueOf(r.value8()), r.value9()));
    }

    /** The customers whose later events wait behind a parked one. */
    Set<Long> blockedCustomers() {
        return Set.copyOf(dsl.selectDistinct(EVENT_PARKED.CUSTOMER_ID).from(EVENT_PARKED)
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.CUSTOMER_ID.isNotNull())
                .fetch(EVENT_PARKED.CUSTOMER_ID));
    }

    /** The plugins that parked events of this listener wait for. */
    Set<String> awaitedPlugins() {
        return Set.copyOf(dsl.selectDistinct(EVENT_PARKED.WAITING_FOR).from(EVENT_PARKED)
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.WAITING_FOR.isNotNull())
                .fetch(EVENT_PARKED.WAITING_FOR));
    }

    void park(StoredEvent event, Reason reason, int attempts, String error, String waitingFor) {
        dsl.insertInto(EVENT_PARKED)
                .set(EVENT_PARKED.LISTENER_ID, listenerId)
                .set(EVENT_PARKED.EVENT_ID, event.id())
                .set(EVENT_PARKED.CUSTOMER_ID, event.customerId())
                .set(EVENT_PARKED.ATTEMPTS, attempts)
                .set(EVENT_PARKED.ERROR, error)
                .set(EVENT_PARKED.PARKED_AT, clock.instant())
                .set(EVENT_PARKED.REASON, reason.name())
                .set(EVENT_PARKED.WAITING_FOR, waitingFor)
                .onDuplicateKeyIgnore().execute();
    }

    Optional<Row> find(long eventId) {
        return rows(EVENT_PARKED.EVENT_ID.eq(eventId)).stream().findFirst();
    }

    /** The customer's parked events, in outbox order. */
    List<Row> ofCustomer(long customerId) {
        return rows(EVENT_PARKED.CUSTOMER_ID.eq(customerId));
    }

    /** The events waiting for {@code pluginId}, in outbox order. */
    List<Row> waitingFor(String pluginId) {
        return rows(EVENT_PARKED.WAITING_FOR.eq(pluginId));
    }

    private List<Row> rows(Condition condition) {
        Function<Record, Row> toRow = r -> new Row(new StoredEvent(r.get(EVENT_PARKED.EVENT_ID),
                r.get(DOMAIN_EVENT.EVENT_TYPE), r.get(DOMAIN_EVENT.CUSTOMER_ID), r.get(DOMAIN_EVENT.PAYLOAD),
                r.get(DOMAIN_EVENT.SOURCE), r.get(DOMAIN_EVENT.PUBLISHED_AT)),
                Reason.valueOf(r.get(EVENT_PARKED.REASON)), r.get(EVENT_PARKED.ATTEMPTS));
        return dsl.select(EVENT_PARKED.EVENT_ID, EVENT_PARKED.ATTEMPTS, EVENT_PARKED.REASON, DOMAIN_EVENT.EVENT_TYPE,
                        DOMAIN_EVENT.CUSTOMER_ID, DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT)
                .from(EVENT_PARKED).join(DOMAIN_EVENT).on(DOMAIN_EVENT.ID.eq(EVENT_PARKED.EVENT_ID))
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(condition)
                .orderBy(EVENT_PARKED.EVENT_ID)
                .fetch(toRow::apply);
    }

    /** The event failed again: it now waits for an administrator, whatever it waited for before. */
    void markFailed(long eventId, int attempts, String error) {
        dsl.update(EVENT_PARKED).set(EVENT_PARKED.REASON, Reason.FAILED.name())
                .set(EVENT_PARKED.WAITING_FOR, (String) null)
                .set(EVENT_PARKED.ATTEMPTS, attempts).set(EVENT_PARKED.ERROR, error)
                .set(EVENT_PARKED.PARKED_AT, clock.instant())
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.EVENT_ID.eq(eventId)).execute();
    }

    /** The event's plugin is not running: it waits for that plugin (it may have waited behind another event). */
    void markWaiting(long eventId, String pluginId, String error) {
        dsl.update(EVENT_PARKED).set(EVENT_PARKED.REASON, Reason.WAITING_FOR_PLUGIN.name())
                .set(EVENT_PARKED.WAITING_FOR, pluginId).set(EVENT_PARKED.ERROR, error)
                .where(EVENT_PARKED.LISTENER_ID.eq(listenerId)).and(EVENT_PARKED.EVENT_ID.eq(eventId))
                .and(EVENT_PARKED.REASON.ne(Reason.FAILED.name())).execute();
    }

    void delete(long eventId) {
        dsl.deleteFrom(EVENT_PARKED).where(EVENT_PARKED.LISTENER_ID.eq(listenerId))
                .and(EVENT_PARKED.EVENT_ID.eq(eventId)).execute();
    }
}
