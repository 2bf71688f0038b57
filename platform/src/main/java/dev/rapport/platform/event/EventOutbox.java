package dev.rapport.platform.event;

import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;
import static dev.rapport.platform.internal.db.Tables.EVENT_APPEND_LOCK;

import dev.rapport.platform.persistence.BatchInsert;
import dev.rapport.platform.persistence.BeforeCommit;
import dev.rapport.platform.persistence.ConflictRetry;
import dev.rapport.sdk.event.DomainEvent;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * Writes domain events into the outbox table inside the caller's transaction, so an event exists if and
 * only if the change it describes was committed. The dispatcher delivers them after commit.
 *
 * <p>Events are numbered in commit order. Listeners read the outbox by increasing number and remember how far they
 * got, so an event that took its number before another but committed after it would never reach a listener that
 * had already read the other. A transaction therefore keeps its events in memory until it is about to commit
 * ({@link BeforeCommit}); then it takes the next numbers from the single row of {@code event_append_lock}, whose lock
 * it keeps, inserts them and commits. AUTO_INCREMENT numbers are not used: a Galera cluster interleaves them between
 * nodes, out of commit order. Writers of the whole installation wait for one another only while one of them inserts its events and
 * commits, not while it does the rest of its work.
 */
public final class EventOutbox {

    private static final List<Field<?>> COLUMNS = List.of(DOMAIN_EVENT.EVENT_TYPE, DOMAIN_EVENT.CUSTOMER_ID,
            DOMAIN_EVENT.PAYLOAD, DOMAIN_EVENT.SOURCE, DOMAIN_EVENT.PUBLISHED_AT);
    private static final List<Field<?>> NUMBERED_COLUMNS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(DOMAIN_EVENT.ID), COLUMNS.stream()).toList();

    /** Up to this many events are inserted with one statement, more as a batch. */
    private static final int ROWS_PER_STATEMENT = 20;

    private final EventCodec codec = new EventCodec();
    private final Clock clock;

    public EventOutbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Appends {@code event} in the transaction of {@code transaction} (in a transaction of its own when
     * {@code transaction} is none). The event is written, and gets its number, when the transaction commits.
     *
     * @param source {@code kernel} or the publishing plugin's id
     */
    public void append(DSLContext transaction, DomainEvent event, String source) {
        append(transaction, List.<Object[]>of(row(event, source, clock.instant())));
    }

    /**
     * Appends {@code events} in the transaction of {@code transaction}, in order: what {@link #append} does for
     * each. They are inserted as one JDBC batch (MariaDB's bulk protocol: one round trip); imports write one event
     * per customer: one by one, a million would cost a million round trips.
     *
     * @param source {@code kernel} or the publishing plugin's id
     */
    public void appendAll(DSLContext transaction, List<? extends DomainEvent> events, String source) {
        if (events.isEmpty()) {
            return;
        }
        Instant publishedAt = clock.instant();
        List<Object[]> rows = new ArrayList<>(events.size());
        for (DomainEvent event : events) {
            rows.add(row(event, source, publishedAt));
        }
        append(transaction, rows);
    }

    private Object[] row(DomainEvent event, String source, Instant publishedAt) {
        return new Object[] {EventTypes.nameOf(event, source), event.customerId(), codec.encode(event), source,
                publishedAt};
    }

    private void append(DSLContext transaction, List<Object[]> rows) {
        Optional<PendingEvents> pending = BeforeCommit.collect(transaction, PendingEvents.class, PendingEvents::new);
        if (pending.isPresent()) {
            pending.get().rows.addAll(rows);
        } else if (autoCommitting(transaction)) {
            ConflictRetry.run("append events",
                    () -> transaction.transaction(configuration -> append(configuration.dsl(), rows)));
        } else {
            // A transaction begun without the platform's configuration (no BeforeCommit): numbered now, and the
            // lock is held until it ends.
            insertLocked(transaction, rows);
        }
    }

    /**
     * Takes the numbers of {@code rows} from the counter row of {@code event_append_lock}, whose lock is held to the end
     * of the transaction, and inserts them: a few in one INSERT statement, many as one JDBC batch. Every other writer
     * waits while this runs, and for a single event the batch cost more round trips than the statement (measured: a
     * third fewer interaction appends per second during an import). The counter is written, not only locked, so that on
     * a Galera cluster two nodes' appends conflict and are certified one after the other (the loser is rolled back with
     * error 1213 and runs again: {@link dev.rapport.platform.persistence.ConflictRetry}). Whoever writes events
     * without this class must take their numbers from the counter too. (Reading the table's largest number here
     * instead made concurrent appenders deadlock on the index's last entry.)
     */
    private static void insertLocked(DSLContext transaction, List<Object[]> rows) {
        transaction.update(EVENT_APPEND_LOCK)
                .set(EVENT_APPEND_LOCK.LAST_EVENT_ID, EVENT_APPEND_LOCK.LAST_EVENT_ID.plus((long) rows.size()))
                .execute();
        long next = transaction.select(EVENT_APPEND_LOCK.LAST_EVENT_ID).from(EVENT_APPEND_LOCK).fetchSingle().value1()
                - rows.size() + 1;
        List<Object[]> numbered = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] withNumber = new Object[row.length + 1];
            withNumber[0] = next++;
            System.arraycopy(row, 0, withNumber, 1, row.length);
            numbered.add(withNumber);
        }
        if (numbered.size() > ROWS_PER_STATEMENT) {
            BatchInsert.execute(transaction, DOMAIN_EVENT, NUMBERED_COLUMNS, numbered, false);
            return;
        }
        var insert = transaction.insertInto(DOMAIN_EVENT, NUMBERED_COLUMNS);
        for (Object[] row : numbered) {
            insert = insert.values(row);
        }
        insert.execute();
    }

    /** Whether {@code dsl} runs outside a transaction: its lock would end with the statement. */
    private static boolean autoCommitting(DSLContext dsl) {
        return dsl.connectionResult(Connection::getAutoCommit);
    }

    EventCodec codec() {
        return codec;
    }

    /** The events of one transaction, in the order appended, written just before it commits. */
    private static final class PendingEvents implements BeforeCommit.Work<PendingEvents> {

        private final List<Object[]> rows = new ArrayList<>();

        @Override
        public void run(DSLContext transaction) {
            if (!rows.isEmpty()) {
                insertLocked(transaction, rows);
            }
        }

        @Override
        public void absorb(PendingEvents nested) {
            rows.addAll(nested.rows);
        }
    }
}
