package dev.rapport.plugin.service.rma;

/** What the inspection of a returned product decided. A refund is recorded as a transaction of the customer. */
public enum InspectionOutcome {
    REPAIR,
    REPLACE,
    REFUND
}
