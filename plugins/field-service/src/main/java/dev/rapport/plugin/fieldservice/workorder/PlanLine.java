package dev.rapport.plugin.fieldservice.workorder;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One order's place in a day's plan, as the planner writes it.
 *
 * @param technicianId null: left unassigned
 * @param explanation why it went there, or why it could not be placed
 */
public record PlanLine(long workOrderId, LocalDate day, Long technicianId, Instant start, Integer routeOrder,
                       Integer travelMinutes, boolean pinned, String explanation) {
}
