package dev.rapport.plugin.fieldservice.workorder;

import java.time.Instant;

/** One line of a work order's history, also a customer timeline entry. */
public record HistoryEntry(long id, long workOrderId, long customerId, String kind, WorkOrderStatus status,
                           String detail, Long actorUserId, Instant occurredAt) {
}
