package dev.rapport.plugin.scorecard.build;

import static dev.rapport.plugin.scorecard.db.Tables.SC_AUDIT;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jooq.DSLContext;

/** The plugin's audit trail in {@code sc_audit}: every change of a scorecard and every recompute. */
public final class ScorecardAudit {

    /** One audited change. */
    public record Entry(Instant at, Long userId, long departmentId, String action, String detail) {
    }

    private static final int DETAIL_LENGTH = 1000;

    private final DSLContext dsl;

    public ScorecardAudit(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a change, in the caller's transaction when there is one. */
    public void record(Long userId, long departmentId, String action, String detail, Instant now) {
        String text = detail.length() > DETAIL_LENGTH ? detail.substring(0, DETAIL_LENGTH) : detail;
        dsl.insertInto(SC_AUDIT).set(SC_AUDIT.OCCURRED_AT, now.truncatedTo(ChronoUnit.MILLIS))
                .set(SC_AUDIT.USER_ID, userId).set(SC_AUDIT.DEPARTMENT_ID, departmentId).set(SC_AUDIT.ACTION, action)
                .set(SC_AUDIT.DETAIL, text).execute();
    }

    /** The newest entries of a department's scorecard, newest first. */
    public List<Entry> latest(long departmentId, int limit) {
        return dsl.selectFrom(SC_AUDIT).where(SC_AUDIT.DEPARTMENT_ID.eq(departmentId))
                .orderBy(SC_AUDIT.OCCURRED_AT.desc(), SC_AUDIT.ID.desc()).limit(limit)
                .fetch(row -> new Entry(row.getOccurredAt(), row.getUserId(), row.getDepartmentId(), row.getAction(),
                        row.getDetail()));
    }
}
