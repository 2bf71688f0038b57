package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_APPEND_LOCK;

import dev.rapport.platform.persistence.BatchInsert;
import dev.rapport.sdk.event.DomainEvent;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Configuration;
import org.jooq.DSLContext;

/**
 * Writes domain events into the outbox table inside the caller's transaction, so an event exists if and
 * only if the change it describes was committed. The dispatcher delivers them after commit.
 *
 * <p>Events are numbered in commit order: before its first event a transaction takes the lock of the single
 * row of {@code event_append_lock} and holds it until it commits or rolls back. Listeners read the outbox by
 * increasing number and remember how far they got, so an event that took its number before another but
 * committed after it would never reach a listener that had already read the other. Transactions that append
 * events therefore commit one after the other from their first event on; services append their events last.
 */
public final class EventOutbox {

    private static final String LOCK_HELD = EventOutbox.class.getName() + ".lockHeld";

    private final EventCodec codec = new EventCodec();
    private final Clock clock;

    public EventOutbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends {@code event} in the transaction of {@code transaction} (in a transaction of its own when
     * {@code transaction} is none).
     *
     * @param source {@code kernel} or the publishing plugin's id
     * @return the event's sequence number
     */
    public long append(DSLContext transaction, DomainEvent event, String source) {
        String type = EventTypes.nameOf(event, source);
        if (autoCommitting(transaction)) {
            return transaction.transactionResult(configuration -> append(configuration.dsl(), event, source));
        }
        lockAppending(transaction);
        return transaction.insertInto(DOMAIN_EVENT)
                .set(DOMAIN_EVENT.EVENT_TYPE, type)
                .set(DOMAIN_EVENT.CUSTOMER_ID, event.customerId())
                .set(DOMAIN_EVENT.PAYLOAD, codec.encode(event))
                .set(DOMAIN_EVENT.SOURCE, source)
                .set(DOMAIN_EVENT.PUBLISHED_AT, clock.instant())
                .returningResult(DOMAIN_EVENT.ID)
                .fetchSingle().value1();
    }

    /**
     * Appends {@code events} in the transaction of {@code transaction}, in order: what {@link #append} does for
     * each, as one JDBC batch (MariaDB's bulk protocol: one round trip). Imports write one event per customer:
     * appended one by one, a million would cost a million round trips.
     *
     * @param source {@code kernel} or the publishing plugin's id
     */
    public void appendAll(DSLContext transaction, List<? extends DomainEvent> events, String source) {
        if (events.isEmpty()) {
            return;
        }
        if (autoCommitting(transaction)) {
            transaction.transaction(configuration -> appendAll(configuration.dsl(), events, source));
            return;
        }
        lockAppending(transaction);
        Instant publishedAt = clock.instant();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            rows.add(new Object[] {EventTypes.nameOf(event, source), event.customerId(), codec.encode(event), source,
                    publishedAt});
        }
        BatchInsert.execute(transaction, DOMAIN_EVENT, List.of(DOMAIN_EVENT.EVENT_TYPE, DOMAIN_EVENT.CUSTOMER_ID,
                DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT), rows, false);
    }

    /**
     * Waits for the appending lock, which the transaction then holds to its end. Taken once per transaction: jOOQ
     * gives each transaction a configuration of its own, which remembers it.
     */
    private static void lockAppending(DSLContext transaction) {
        Configuration configuration = transaction.configuration();
        if (configuration.data(LOCK_HELD) == null) {
            transaction.select(EVENT_APPEND_LOCK.ID).from(EVENT_APPEND_LOCK).forUpdate().fetch();
            configuration.data(LOCK_HELD, Boolean.TRUE);
        }
    }

    /** Whether {@code dsl} runs outside a transaction: its lock would end with the statement. */
    private static boolean autoCommitting(DSLContext dsl) {
        return dsl.connectionResult(Connection::getAutoCommit);
    }

    EventCodec codec() {
        return codec;
    }
}
