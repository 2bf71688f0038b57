package dev.rapport.plugin.fieldservice.technician;

import java.time.Instant;

/** A time a technician is not available. */
public record Absence(long id, long userId, Instant startsAt, Instant endsAt, String reason) {
}
