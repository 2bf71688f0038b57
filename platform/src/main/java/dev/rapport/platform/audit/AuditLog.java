package dev.rapport.platform.audit;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;

import dev.rapport.platform.persistence.Sql;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * The audit log: who did what, when, to what. Append-only: this class offers no change and no delete, and
 * the web UI only searches it. Changes to data are recorded in the same transaction as the change.
 */
public final class AuditLog {

    private static final int MAX_DETAILS = 60_000;

    private final DSLContext dsl;
    private final Clock clock;

    public AuditLog(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Records an entry in a transaction of its own. */
    public void record(Actor actor, AuditAction action, String subjectType, Object subjectId, String details) {
        record(dsl, actor, action, subjectType, subjectId, details, null);
    }

    /** Records an entry in the caller's transaction {@code tx}. */
    public void record(DSLContext tx, Actor actor, AuditAction action, String subjectType, Object subjectId,
                       String details) {
        record(tx, actor, action, subjectType, subjectId, details, null);
    }

    /** Records an entry naming someone not (yet) known as a user, e.g. a failed sign-in. */
    public void recordAnonymous(String name, AuditAction action, String subjectType, Object subjectId, String details,
                                String remoteAddress) {
        insert(dsl, null, name, action, subjectType, subjectId, details, remoteAddress);
    }

    public void record(DSLContext tx, Actor actor, AuditAction action, String subjectType, Object subjectId,
                       String details, String remoteAddress) {
        insert(tx, actor.storedUserId(), actor.displayName(), action, subjectType, subjectId, details, remoteAddress);
    }

    private void insert(DSLContext tx, Long actorId, String actorName, AuditAction action, String subjectType,
                        Object subjectId, String details, String remoteAddress) {
        tx.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, clock.instant())
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTOR_NAME, truncate(actorName, 200))
                .set(AUDIT_ENTRY.ACTION, action.name())
                .set(AUDIT_ENTRY.SUBJECT_TYPE, subjectType)
                .set(AUDIT_ENTRY.SUBJECT_ID, subjectId == null ? null : truncate(subjectId.toString(), 100))
                .set(AUDIT_ENTRY.DETAILS, details == null ? null : truncate(details, MAX_DETAILS))
                .set(AUDIT_ENTRY.REMOTE_ADDRESS, remoteAddress == null ? null : truncate(remoteAddress, 64))
                .execute();
    }

    /** Entries newest first, after {@code after} (keyset paging); administrators only. */
    public List<AuditEntry> search(AuditFilter filter, AuditEntry after, int limit, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "read the audit log");
        var query = dsl.selectFrom(AUDIT_ENTRY).where(conditions(filter))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc());
        var page = after == null ? query.limit(limit) : query.seek(after.occurredAt(), after.id()).limit(limit);
        return page.fetch(r -> new AuditEntry(r.getId(), r.getOccurredAt(), r.getActorId(), r.getActorName(),
                AuditAction.valueOf(r.getAction()), r.getSubjectType(), r.getSubjectId(), r.getDetails(),
                r.getRemoteAddress()));
    }

    private static List<Condition> conditions(AuditFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.from() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.ge(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(AUDIT_ENTRY.OCCURRED_AT.lt(filter.to()));
        }
        if (filter.action() != null) {
            conditions.add(AUDIT_ENTRY.ACTION.eq(filter.action().name()));
        }
        if (filter.actorName() != null && !filter.actorName().isBlank()) {
            conditions.add(Sql.startsWith(AUDIT_ENTRY.ACTOR_NAME, filter.actorName().strip()));
        }
        if (filter.subjectType() != null && !filter.subjectType().isBlank()) {
            conditions.add(AUDIT_ENTRY.SUBJECT_TYPE.eq(filter.subjectType()));
        }
        if (filter.subjectId() != null && !filter.subjectId().isBlank()) {
            conditions.add(AUDIT_ENTRY.SUBJECT_ID.eq(filter.subjectId().strip()));
        }
        return conditions;
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
