package dev.rapport.plugin.accountnotes;

import static dev.rapport.plugin.accountnotes.db.Tables.ANT_NOTE;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.Record;

/** The plugin's notes in its own table, written with its {@link NoteAdded} event in one transaction. */
public final class NoteRepository {

    public static final int MAX_BODY = 2000;

    private final PluginContext context;

    public NoteRepository(PluginContext context) {
        this.context = context;
    }

    /** Adds a note; refuses an empty or over-long one. */
    public Note add(long customerId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("body", "account-notes.required")));
        }
        if (text.length() > MAX_BODY) {
            throw new ValidationException(List.of(FieldError.of("body", "account-notes.tooLong", MAX_BODY)));
        }
        if (context.customers().find(customerId).isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("customerId", "validation.customerMissing")));
        }
        Instant now = context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
        long id = context.dsl().transactionResult(transaction -> {
            long noteId = transaction.dsl().insertInto(ANT_NOTE)
                    .set(ANT_NOTE.CUSTOMER_ID, customerId)
                    .set(ANT_NOTE.BODY, text)
                    .set(ANT_NOTE.PINNED, false)
                    .set(ANT_NOTE.CREATED_AT, now)
                    .returningResult(ANT_NOTE.ID).fetchSingle().value1();
            context.events().publish(transaction.dsl(), new NoteAdded(customerId, noteId));
            return noteId;
        });
        return new Note(id, customerId, text, false, now);
    }

    public void setPinned(long noteId, boolean pinned) {
        context.dsl().update(ANT_NOTE).set(ANT_NOTE.PINNED, pinned).where(ANT_NOTE.ID.eq(noteId)).execute();
    }

    /** A customer's notes: pinned first, then newest first. */
    public List<Note> forCustomer(long customerId) {
        return context.dsl().selectFrom(ANT_NOTE).where(ANT_NOTE.CUSTOMER_ID.eq(customerId))
                .orderBy(ANT_NOTE.PINNED.desc(), ANT_NOTE.CREATED_AT.desc(), ANT_NOTE.ID.desc()).limit(200)
                .fetch(NoteRepository::toNote);
    }

    /** Notes across all customers, newest first, after {@code after} (keyset paging; null for the first page). */
    public List<Note> latest(Note after, int limit) {
        var query = context.dsl().selectFrom(ANT_NOTE).orderBy(ANT_NOTE.CREATED_AT.desc(), ANT_NOTE.ID.desc());
        var page = after == null ? query.limit(limit)
                : query.seek(after.createdAt(), after.id()).limit(limit);
        return page.fetch(NoteRepository::toNote);
    }

    /** How many notes were written in [from, to). */
    public int countWritten(Instant from, Instant to) {
        return context.dsl().fetchCount(ANT_NOTE, ANT_NOTE.CREATED_AT.ge(from)
                .and(ANT_NOTE.CREATED_AT.lt(to)));
    }

    private static Note toNote(Record record) {
        return new Note(record.get(ANT_NOTE.ID), record.get(ANT_NOTE.CUSTOMER_ID), record.get(ANT_NOTE.BODY),
                Boolean.TRUE.equals(record.get(ANT_NOTE.PINNED)), record.get(ANT_NOTE.CREATED_AT));
    }
}
