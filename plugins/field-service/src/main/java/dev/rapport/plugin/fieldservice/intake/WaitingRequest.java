package dev.rapport.plugin.fieldservice.intake;

import dev.rapport.plugin.fieldservice.db.tables.records.FsdRequestIntakeRecord;
import dev.rapport.plugin.fieldservice.workorder.Priority;
import java.time.Instant;

/** A service request field service took in: its work order once made, and whether it was resolved meanwhile. */
public record WaitingRequest(long id, long requestId, long customerId, String category, Priority priority,
                             Instant openedAt, Long workOrderId, boolean resolved) {

    static WaitingRequest of(FsdRequestIntakeRecord row) {
        return new WaitingRequest(row.getId(), row.getRequestId(), row.getCustomerId(), row.getCategory(),
                Priority.valueOf(row.getPriority()), row.getOpenedAt(), row.getWorkOrderId(), row.getResolvedAt() != null);
    }
}
