package dev.rapport.plugin.fieldservice.maintenance;

import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a maintenance plan asks for, as entered: a visit of {@code durationMinutes} at the site every
 * {@code intervalDays}, the next one on {@code nextDue}.
 */
public record PlanDraft(long customerId, String title, String siteAddress, GeoPoint site, Set<String> skills,
                        int durationMinutes, int intervalDays, LocalDate nextDue) {
}
