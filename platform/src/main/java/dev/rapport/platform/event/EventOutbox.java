package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.sdk.event.DomainEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Writes domain events into the outbox table inside the caller's transaction, so an event exists if and
 * only if the change it describes was committed. The dispatcher delivers them after commit.
 */
public final class EventOutbox {

    private final EventCodec codec = new EventCodec();
    private final Clock clock;

    public EventOutbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends {@code event} in the transaction of {@code transaction}.
     *
     * @param source {@code kernel} or the publishing plugin's id
     * @return the event's sequence number
     */
    public long append(DSLContext transaction, DomainEvent event, String source) {
        String type = EventTypes.nameOf(event, source);
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
        Instant publishedAt = clock.instant();
        var batch = transaction.batch(transaction.insertInto(DOMAIN_EVENT, DOMAIN_EVENT.EVENT_TYPE,
                DOMAIN_EVENT.CUSTOMER_ID, DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT)
                .values((String) null, null, null, null, null));
        for (DomainEvent event : events) {
            batch = batch.bind(EventTypes.nameOf(event, source), event.customerId(), codec.encode(event), source,
                    publishedAt);
        }
        batch.execute();
    }

    EventCodec codec() {
        return codec;
    }
}
