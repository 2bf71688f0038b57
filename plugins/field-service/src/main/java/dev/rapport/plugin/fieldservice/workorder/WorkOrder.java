package dev.rapport.plugin.fieldservice.workorder;

import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A stored work order with its plan and its course. */
public record WorkOrder(long id, long customerId, String title, String description, Origin origin, String originRef,
                        String siteAddress, GeoPoint site, String territory, Long productId, Set<String> skills,
                        int durationMinutes, Instant windowStart, Instant windowEnd, Priority priority,
                        WorkOrderStatus status, Long technicianId, LocalDate plannedDay, Instant plannedStart,
                        Integer routeOrder, Integer travelMinutes, boolean pinned, String explanation,
                        Instant travelStarted, Instant arrivedAt, Instant finishedAt, String outcomeReason,
                        String notes, String signedBy, Instant signedAt, Instant createdAt, int version) {

    public Instant plannedEnd() {
        return plannedStart == null ? null : plannedStart.plusSeconds(durationMinutes * 60L);
    }
}
