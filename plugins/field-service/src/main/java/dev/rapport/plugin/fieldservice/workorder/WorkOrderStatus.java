package dev.rapport.plugin.fieldservice.workorder;

import java.util.EnumSet;
import java.util.Set;

/** Where a work order stands; each change is on the customer's timeline. */
public enum WorkOrderStatus {
    UNSCHEDULED, SCHEDULED, DISPATCHED, TRAVELLING, ON_SITE, COMPLETED, NOT_COMPLETED, CANCELLED;

    /** Statuses the solver may still move: not yet sent to the technician. */
    public boolean isPlannable() {
        return this == UNSCHEDULED || this == SCHEDULED;
    }

    public boolean isClosed() {
        return this == COMPLETED || this == NOT_COMPLETED || this == CANCELLED;
    }

    /** The statuses a work order may go to from this one. */
    public Set<WorkOrderStatus> next() {
        return switch (this) {
            case UNSCHEDULED -> EnumSet.of(SCHEDULED, CANCELLED);
            case SCHEDULED -> EnumSet.of(UNSCHEDULED, DISPATCHED, CANCELLED);
            case DISPATCHED -> EnumSet.of(SCHEDULED, TRAVELLING, CANCELLED);
            case TRAVELLING -> EnumSet.of(ON_SITE, NOT_COMPLETED);
            case ON_SITE -> EnumSet.of(COMPLETED, NOT_COMPLETED);
            case COMPLETED, NOT_COMPLETED, CANCELLED -> EnumSet.noneOf(WorkOrderStatus.class);
        };
    }
}
