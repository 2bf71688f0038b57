package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.sdk.event.DomainEvent;
import java.time.Clock;
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

    EventCodec codec() {
        return codec;
    }
}
