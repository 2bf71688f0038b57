package dev.rapport.platform.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actorName who acted, as named then (the user may be renamed or deactivated later)
 * @param subjectType what was acted on, e.g. {@code customer}, {@code plugin}, {@code user}
 * @param details what changed, as text (for changes: one "field: old → new" per line)
 * @param remoteAddress the browser's address, where known
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, AuditAction action,
                         String subjectType, String subjectId, String details, String remoteAddress) {
}
