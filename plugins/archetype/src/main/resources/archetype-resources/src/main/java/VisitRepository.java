#set( $VISIT = "${tablePrefix.toUpperCase()}VISIT" )
package ${package};

import static ${package}.db.Tables.${VISIT};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.TimelinePosition;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The plugin's visits in its own table {@code ${tablePrefix}visit}, through the jOOQ classes generated from it. */
public final class VisitRepository {

    private static final int CUSTOMER_VISITS_SHOWN = 100;

    private final PluginContext context;

    public VisitRepository(PluginContext context) {
        this.context = context;
    }

    /**
     * Plans a customer's welcome visit for the event that announced the customer, once: a second delivery of the
     * same event finds its row and changes nothing.
     *
     * @return true if the visit was planned now, false if this event had planned it before
     */
    public boolean planWelcomeVisit(long customerId, LocalDate day, long eventSequence) {
        boolean planned = context.dsl().insertInto(${VISIT})
                .set(${VISIT}.CUSTOMER_ID, customerId)
                .set(${VISIT}.STATUS, VisitStatus.PLANNED.name())
                .set(${VISIT}.VISIT_DAY, day)
                .set(${VISIT}.RECORDED_AT, now())
                .set(${VISIT}.SOURCE_EVENT, eventSequence)
                .onDuplicateKeyIgnore().execute() == 1;
        refreshFacet(customerId);
        return planned;
    }

    /**
     * Records a logged meeting as a visit, once per interaction: it completes the customer's next planned visit, or
     * is stored as a visit done when none is planned.
     *
     * @return true if the meeting was recorded now, false if it had been before
     */
    public boolean recordMeeting(long customerId, long interactionId, LocalDate day, String note) {
        boolean recorded = context.dsl().transactionResult(transaction -> {
            var dsl = transaction.dsl();
            if (dsl.fetchExists(${VISIT}, ${VISIT}.INTERACTION_ID.eq(interactionId))) {
                return false;
            }
            Long planned = dsl.select(${VISIT}.ID).from(${VISIT})
                    .where(${VISIT}.CUSTOMER_ID.eq(customerId)).and(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name()))
                    .orderBy(${VISIT}.VISIT_DAY, ${VISIT}.ID).limit(1).forUpdate().fetchOne(${VISIT}.ID);
            if (planned != null) {
                dsl.update(${VISIT}).set(${VISIT}.STATUS, VisitStatus.DONE.name()).set(${VISIT}.VISIT_DAY, day)
                        .set(${VISIT}.NOTE, note).set(${VISIT}.RECORDED_AT, now())
                        .set(${VISIT}.INTERACTION_ID, interactionId).where(${VISIT}.ID.eq(planned)).execute();
            } else {
                dsl.insertInto(${VISIT}).set(${VISIT}.CUSTOMER_ID, customerId)
                        .set(${VISIT}.STATUS, VisitStatus.DONE.name()).set(${VISIT}.VISIT_DAY, day)
                        .set(${VISIT}.NOTE, note).set(${VISIT}.RECORDED_AT, now())
                        .set(${VISIT}.INTERACTION_ID, interactionId).execute();
            }
            return true;
        });
        refreshFacet(customerId);
        return recorded;
    }

    /**
     * Records a visit done by the signed-in user.
     *
     * @param today the day it is for the user (their time zone): a visit cannot lie in the future
     * @throws ValidationException for a missing or too long note, a missing or future day, an unknown customer
     */
    public Visit record(long customerId, LocalDate day, String note, LocalDate today) {
        String text = VisitRules.note(note);
        LocalDate visitDay = VisitRules.visitDay(day, today);
        if (context.customers().find(customerId).isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("customerId", "validation.customerMissing")));
        }
        Long recordedBy = context.security().currentUser().map(UserInfo::id).orElse(null);
        Instant at = now();
        long id = context.dsl().insertInto(${VISIT})
                .set(${VISIT}.CUSTOMER_ID, customerId)
                .set(${VISIT}.STATUS, VisitStatus.DONE.name())
                .set(${VISIT}.VISIT_DAY, visitDay)
                .set(${VISIT}.NOTE, text)
                .set(${VISIT}.RECORDED_AT, at)
                .set(${VISIT}.RECORDED_BY, recordedBy)
                .returningResult(${VISIT}.ID).fetchSingle().value1();
        return new Visit(id, customerId, VisitStatus.DONE, visitDay, text, at);
    }

    /** A customer's latest visits, newest day first. */
    public List<Visit> forCustomer(long customerId) {
        return context.dsl().selectFrom(${VISIT})
                .where(${VISIT}.CUSTOMER_ID.eq(customerId))
                .orderBy(${VISIT}.VISIT_DAY.desc(), ${VISIT}.ID.desc())
                .limit(CUSTOMER_VISITS_SHOWN).fetch(VisitRepository::toVisit);
    }

    /** The day of the customer's next planned visit (the earliest, even if overdue). */
    public Optional<LocalDate> nextPlanned(long customerId) {
        return context.dsl().select(${VISIT}.VISIT_DAY).from(${VISIT})
                .where(${VISIT}.CUSTOMER_ID.eq(customerId)).and(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name()))
                .orderBy(${VISIT}.VISIT_DAY, ${VISIT}.ID).limit(1).fetchOptional(${VISIT}.VISIT_DAY);
    }

    /** Up to {@code limit} planned visits due on the days [from, to], the soonest first. */
    public List<Visit> due(LocalDate from, LocalDate to, int limit) {
        return context.dsl().selectFrom(${VISIT})
                .where(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name()))
                .and(${VISIT}.VISIT_DAY.between(from, to))
                .orderBy(${VISIT}.VISIT_DAY, ${VISIT}.ID).limit(limit).fetch(VisitRepository::toVisit);
    }

    /**
     * A page of the customer's visits done for the timeline: recorded before {@code before} (all when null), the
     * latest first, by the time recorded and then the id, as the platform's keyset paging asks.
     */
    public List<Visit> doneBefore(long customerId, TimelinePosition before, int limit) {
        Condition older = before == null ? DSL.noCondition()
                : ${VISIT}.RECORDED_AT.lt(before.occurredAt()).or(${VISIT}.RECORDED_AT.eq(before.occurredAt())
                        .and(${VISIT}.ID.lt(before.id())));
        return context.dsl().selectFrom(${VISIT})
                .where(${VISIT}.CUSTOMER_ID.eq(customerId)).and(${VISIT}.STATUS.eq(VisitStatus.DONE.name()))
                .and(older)
                .orderBy(${VISIT}.RECORDED_AT.desc(), ${VISIT}.ID.desc()).limit(limit).fetch(VisitRepository::toVisit);
    }

    /** Planned visits, the soonest first, after {@code after} (keyset paging; null for the first page). */
    public List<Visit> planned(Visit after, int limit) {
        var query = context.dsl().selectFrom(${VISIT})
                .where(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name()))
                .orderBy(${VISIT}.VISIT_DAY, ${VISIT}.ID);
        var page = after == null ? query.limit(limit) : query.seek(after.day(), after.id()).limit(limit);
        return page.fetch(VisitRepository::toVisit);
    }

    /** Ids of up to {@code limit} planned visits whose day lies before {@code today}. */
    public List<Long> overdue(LocalDate today, int limit) {
        return context.dsl().select(${VISIT}.ID).from(${VISIT})
                .where(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name()))
                .and(${VISIT}.VISIT_DAY.lt(today))
                .orderBy(${VISIT}.VISIT_DAY, ${VISIT}.ID)
                .limit(limit).fetch(${VISIT}.ID);
    }

    /** Marks these visits missed, those still planned; returns how many changed. */
    public int markMissed(Collection<Long> ids) {
        List<Long> customers = context.dsl().selectDistinct(${VISIT}.CUSTOMER_ID).from(${VISIT})
                .where(${VISIT}.ID.in(ids)).fetch(${VISIT}.CUSTOMER_ID);
        int missed = context.dsl().update(${VISIT})
                .set(${VISIT}.STATUS, VisitStatus.MISSED.name())
                .where(${VISIT}.ID.in(ids))
                .and(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name())).execute();
        customers.forEach(this::refreshFacet);
        return missed;
    }

    /** Writes the customer's value of the segment facet "has a planned visit" from their visits as they are now. */
    private void refreshFacet(long customerId) {
        boolean planned = context.dsl().fetchExists(${VISIT}, ${VISIT}.CUSTOMER_ID.eq(customerId)
                .and(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name())));
        if (planned) {
            context.segments().setFacet(customerId, PlannedVisitFacet.KEY, PlannedVisitFacet.YES);
        } else {
            context.segments().clearFacet(customerId, PlannedVisitFacet.KEY);
        }
    }

    /**
     * How many visits were done on the days [from, to), by the given users (all visits when {@code recordedBy}
     * is null).
     */
    public int countDone(LocalDate from, LocalDate to, Collection<Long> recordedBy) {
        Condition by = recordedBy == null ? DSL.noCondition() : ${VISIT}.RECORDED_BY.in(recordedBy);
        return context.dsl().fetchCount(${VISIT},
                ${VISIT}.STATUS.eq(VisitStatus.DONE.name())
                        .and(${VISIT}.VISIT_DAY.ge(from))
                        .and(${VISIT}.VISIT_DAY.lt(to)).and(by));
    }

    private Instant now() {
        // DATETIME(3) keeps milliseconds: what a caller gets back equals what a later read returns.
        return context.clock().instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Visit toVisit(Record row) {
        var note = row.get(${VISIT}.NOTE);
        return new Visit(row.get(${VISIT}.ID), row.get(${VISIT}.CUSTOMER_ID),
                VisitStatus.valueOf(row.get(${VISIT}.STATUS)), row.get(${VISIT}.VISIT_DAY),
                note == null ? "" : note, row.get(${VISIT}.RECORDED_AT));
    }
}
