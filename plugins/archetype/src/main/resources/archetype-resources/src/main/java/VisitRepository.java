#set( $VISIT = "${tablePrefix.toUpperCase()}VISIT" )
package ${package};

import static ${package}.db.Tables.${VISIT};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
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
        return context.dsl().insertInto(${VISIT})
                .set(${VISIT}.CUSTOMER_ID, customerId)
                .set(${VISIT}.STATUS, VisitStatus.PLANNED.name())
                .set(${VISIT}.VISIT_DAY, day)
                .set(${VISIT}.RECORDED_AT, now())
                .set(${VISIT}.SOURCE_EVENT, eventSequence)
                .onDuplicateKeyIgnore().execute() == 1;
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
        return context.dsl().update(${VISIT})
                .set(${VISIT}.STATUS, VisitStatus.MISSED.name())
                .where(${VISIT}.ID.in(ids))
                .and(${VISIT}.STATUS.eq(VisitStatus.PLANNED.name())).execute();
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
