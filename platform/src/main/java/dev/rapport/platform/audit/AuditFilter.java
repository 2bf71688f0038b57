package dev.rapport.platform.audit;

import java.time.Instant;

/**
 * Which audit entries to show; every part is optional.
 *
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 * @param actorName the start of the actor's name
 * @param subjectId the exact subject id, e.g. a customer id
 */
public record AuditFilter(Instant from, Instant to, AuditAction action, String actorName, String subjectType,
                          String subjectId) {

    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);
}
