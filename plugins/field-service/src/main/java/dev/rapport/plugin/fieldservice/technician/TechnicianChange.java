package dev.rapport.plugin.fieldservice.technician;

import java.time.Instant;

/**
 * One entry of the technicians' audit trail: what changed ({@code kind}: CREATED, CHANGED, REMOVED, ABSENCE_ADDED,
 * ABSENCE_REMOVED), the details (old and new values), who (null for the system) and when.
 */
public record TechnicianChange(long id, long technicianId, String kind, String detail, Long actorUserId,
                               Instant occurredAt) {
}
