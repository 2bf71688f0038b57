package dev.rapport.platform.interaction;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;

import dev.rapport.platform.persistence.ConflictRetry;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.internal.db.tables.records.InteractionRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.sdk.event.InteractionLogged;
import org.jooq.Record;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;

/**
 * The interaction log: every contact with a customer on any channel. Entries are append-only; this class
 * offers no way to change or delete one, only to log a correction that refers to it.
 */
public final class InteractionService {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_NOTES = 20_000;
    private static final Duration MAX_FUTURE = Duration.ofDays(1);
    static final org.jooq.Field<Long> CORRECTED_BY = DSL.field(DSL.name("corrected_by"), Long.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final CustomerService customers;
    private final EventOutbox outbox;

    public InteractionService(DSLContext dsl, Clock clock, CustomerService customers, EventOutbox outbox) {
        this.dsl = dsl;
        this.clock = clock;
        this.customers = customers;
        this.outbox = outbox;
    }

    /**
     * Appends {@code draft} inside the caller's transaction {@code tx} (e.g. completing a task logs the call
     * with it). Validates first; returns the new entry's id.
     */
    public long log(DSLContext tx, InteractionDraft draft, Actor actor) {
        Permissions.require(actor, Role.AGENT, "log interactions");
        ValidationException.throwIfAny(problems(tx, draft));
        return insert(tx, draft, null, actor.storedUserId());
    }

    /**
     * Appends inside {@code tx} a contact that {@code recordedBy} recorded (null: no user, e.g. a plugin's web
     * form), not the acting user: for history kept elsewhere before there was a customer, carried over. The actor
     * must be allowed to log contacts.
     */
    public long logRecordedBy(DSLContext tx, InteractionDraft draft, Long recordedBy, Actor actor) {
        Permissions.require(actor, Role.AGENT, "log interactions");
        List<FieldError> errors = new ArrayList<>(problems(tx, draft));
        if (recordedBy != null && !tx.fetchExists(APP_USER, APP_USER.ID.eq(recordedBy))) {
            errors.add(FieldError.of("recordedBy", "validation.userMissing"));
        }
        ValidationException.throwIfAny(errors);
        return insert(tx, draft, null, recordedBy);
    }

    /** Appends {@code draft} to the customer's log. */
    public Interaction log(InteractionDraft draft, Actor actor) {
        Permissions.require(actor, Role.AGENT, "log interactions");
        validate(draft);
        return get(ConflictRetry.run("append an interaction",
                () -> dsl.transactionResult(configuration -> insert(configuration.dsl(), draft, null, actor.storedUserId()))));
    }

    /**
     * Logs {@code correction} as the correction of interaction {@code originalId}; the original stays as it
     * was, marked as corrected. An interaction is corrected at most once: correct the correction instead.
     */
    public Interaction correct(long originalId, InteractionDraft correction, Actor actor) {
        Permissions.require(actor, Role.AGENT, "correct interactions");
        Interaction original = get(originalId);
        List<FieldError> errors = new ArrayList<>(problems(dsl, correction));
        if (original.customerId() != correction.customerId()) {
            errors.add(FieldError.of("customerId", "validation.correctionOtherCustomer"));
        }
        if (original.isCorrected()) {
            errors.add(FieldError.of("correctsId", "validation.alreadyCorrected", original.correctedById()));
        }
        ValidationException.throwIfAny(errors);
        try {
            return get(ConflictRetry.run("correct an interaction", () -> dsl.transactionResult(
                    configuration -> insert(configuration.dsl(), correction, originalId, actor.storedUserId()))));
        } catch (IntegrityConstraintViolationException e) {
            Long by = get(originalId).correctedById();
            throw new ValidationException(List.of(FieldError.of("correctsId", "validation.alreadyCorrected", by)));
        }
    }

    /** Inserts the entry and its {@link InteractionLogged} event in the caller's transaction. */
    private long insert(DSLContext tx, InteractionDraft draft, Long correctsId, Long recordedBy) {
        InteractionRecord record = tx.newRecord(INTERACTION);
        record.setCustomerId(draft.customerId());
        record.setContactId(draft.contactId());
        record.setChannel(draft.channel().name());
        record.setDirection(draft.direction().name());
        record.setSubject(draft.subject().strip());
        record.setNotes(draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip());
        record.setOutcome(draft.outcome().name());
        record.setOccurredAt(draft.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        record.setRecordedBy(recordedBy);
        record.setRecordedAt(clock.instant());
        record.setSource(draft.source());
        record.setCorrectsId(correctsId);
        record.store();
        outbox.append(tx, new InteractionLogged(draft.customerId(), record.getId(), draft.channel(), draft.direction(),
                draft.outcome(), record.getOccurredAt(), draft.source(), correctsId), EventTypes.KERNEL);
        return record.getId();
    }

    /** A customer's newest interactions, newest first. */
    public List<Interaction> recent(long customerId, int limit) {
        var correction = INTERACTION.as("correction");
        return dsl.select(INTERACTION.fields()).select(correction.ID.as(CORRECTED_BY))
                .from(INTERACTION).leftJoin(correction).on(correction.CORRECTS_ID.eq(INTERACTION.ID))
                .where(INTERACTION.CUSTOMER_ID.eq(customerId))
                .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc()).limit(Math.min(limit, 500))
                .fetch(InteractionService::toInteraction);
    }

    /**
     * A customer's interactions, newest first, continuing after {@code after} (the last one of the previous page,
     * or null for the first page): keyset paging on (occurred at, id).
     */
    public List<Interaction> page(long customerId, Interaction after, int limit) {
        var correction = INTERACTION.as("correction");
        var query = dsl.select(INTERACTION.fields()).select(correction.ID.as(CORRECTED_BY))
                .from(INTERACTION).leftJoin(correction).on(correction.CORRECTS_ID.eq(INTERACTION.ID))
                .where(INTERACTION.CUSTOMER_ID.eq(customerId))
                .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc());
        int capped = Math.min(limit, 500);
        return (after == null ? query.limit(capped) : query.seek(after.occurredAt(), after.id()).limit(capped))
                .fetch(InteractionService::toInteraction);
    }

    /** Interactions of every customer with an id above {@code afterId}, by id: a primary-key range read. */
    public List<Interaction> allAfter(long afterId, int limit) {
        var correction = INTERACTION.as("correction");
        return dsl.select(INTERACTION.fields()).select(correction.ID.as(CORRECTED_BY))
                .from(INTERACTION).leftJoin(correction).on(correction.CORRECTS_ID.eq(INTERACTION.ID))
                .where(INTERACTION.ID.gt(afterId))
                .orderBy(INTERACTION.ID).limit(limit)
                .fetch(InteractionService::toInteraction);
    }

    public Interaction get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("Interaction", id));
    }

    public Optional<Interaction> find(long id) {
        var correction = INTERACTION.as("correction");
        return dsl.select(INTERACTION.fields()).select(correction.ID.as(CORRECTED_BY))
                .from(INTERACTION).leftJoin(correction).on(correction.CORRECTS_ID.eq(INTERACTION.ID))
                .where(INTERACTION.ID.eq(id)).fetchOptional(InteractionService::toInteraction);
    }

    private void validate(InteractionDraft draft) {
        ValidationException.throwIfAny(problems(dsl, draft));
    }

    /** What is wrong with {@code draft}, read through {@code db} (a transaction sees the customers it created). */
    private List<FieldError> problems(DSLContext db, InteractionDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        if (!db.fetchExists(CUSTOMER, CUSTOMER.ID.eq(draft.customerId()))) {
            errors.add(FieldError.of("customerId", "validation.customerMissing"));
        }
        if (draft.contactId() != null && !db.fetchExists(CUSTOMER_CONTACT,
                CUSTOMER_CONTACT.ID.eq(draft.contactId()).and(CUSTOMER_CONTACT.CUSTOMER_ID.eq(draft.customerId())))) {
            errors.add(FieldError.of("contactId", "validation.contactMissing"));
        }
        if (draft.channel() == null) {
            errors.add(FieldError.of("channel", "validation.required"));
        }
        if (draft.direction() == null) {
            errors.add(FieldError.of("direction", "validation.required"));
        }
        if (draft.outcome() == null) {
            errors.add(FieldError.of("outcome", "validation.required"));
        }
        if (draft.subject() == null || draft.subject().isBlank()) {
            errors.add(FieldError.of("subject", "validation.required"));
        } else if (draft.subject().strip().length() > MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "validation.tooLong", MAX_SUBJECT));
        }
        if (draft.notes() != null && draft.notes().strip().length() > MAX_NOTES) {
            errors.add(FieldError.of("notes", "validation.tooLong", MAX_NOTES));
        }
        if (draft.occurredAt() == null) {
            errors.add(FieldError.of("occurredAt", "validation.required"));
        } else if (draft.occurredAt().isAfter(clock.instant().plus(MAX_FUTURE))) {
            errors.add(FieldError.of("occurredAt", "validation.future"));
        }
        if (draft.source() == null || draft.source().isBlank() || draft.source().length() > 60) {
            errors.add(FieldError.of("source", "validation.required"));
        }
        return errors;
    }

    static Interaction toInteraction(Record r) {
        return new Interaction(r.get(INTERACTION.ID), r.get(INTERACTION.CUSTOMER_ID), r.get(INTERACTION.CONTACT_ID),
                Channel.valueOf(r.get(INTERACTION.CHANNEL)), Direction.valueOf(r.get(INTERACTION.DIRECTION)),
                r.get(INTERACTION.SUBJECT), r.get(INTERACTION.NOTES), Outcome.valueOf(r.get(INTERACTION.OUTCOME)),
                r.get(INTERACTION.OCCURRED_AT), r.get(INTERACTION.RECORDED_BY), r.get(INTERACTION.RECORDED_AT),
                r.get(INTERACTION.SOURCE), r.get(INTERACTION.CORRECTS_ID), r.get(CORRECTED_BY));
    }
}
