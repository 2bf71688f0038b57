package dev.rapport.plugin.fieldservice.technician;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_TECHNICIAN_CHANGE;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.UserInfo;
import java.util.List;
import org.jooq.DSLContext;

/** Writes and reads the technicians' audit trail (profiles and absences). Thread-safe. */
final class TechnicianAudit {

    private static final int DETAIL_LENGTH = 1000;

    private final PluginContext context;

    TechnicianAudit(PluginContext context) {
        this.context = context;
    }

    /** Records a change in the caller's transaction, by the current user (null for the plugin itself). */
    void record(DSLContext tx, long technicianId, String kind, String detail) {
        String text = detail == null || detail.length() <= DETAIL_LENGTH ? detail
                : detail.substring(0, DETAIL_LENGTH - 1) + "\u2026";
        tx.insertInto(FSD_TECHNICIAN_CHANGE).set(FSD_TECHNICIAN_CHANGE.TECHNICIAN_ID, technicianId)
                .set(FSD_TECHNICIAN_CHANGE.KIND, kind).set(FSD_TECHNICIAN_CHANGE.DETAIL, text)
                .set(FSD_TECHNICIAN_CHANGE.ACTOR_USER_ID,
                        context.security().currentUser().map(UserInfo::id).orElse(null))
                .set(FSD_TECHNICIAN_CHANGE.OCCURRED_AT, context.clock().instant()).execute();
    }

    /** The technician's latest changes, newest first; {@code beforeId} pages on (0 for the first page). */
    List<TechnicianChange> of(long technicianId, long beforeId, int limit) {
        return context.dsl().selectFrom(FSD_TECHNICIAN_CHANGE)
                .where(FSD_TECHNICIAN_CHANGE.TECHNICIAN_ID.eq(technicianId))
                .and(beforeId > 0 ? FSD_TECHNICIAN_CHANGE.ID.lt(beforeId) : org.jooq.impl.DSL.noCondition())
                .orderBy(FSD_TECHNICIAN_CHANGE.ID.desc()).limit(limit)
                .fetch(record -> new TechnicianChange(record.getId(), record.getTechnicianId(), record.getKind(),
                        record.getDetail(), record.getActorUserId(), record.getOccurredAt()));
    }
}
