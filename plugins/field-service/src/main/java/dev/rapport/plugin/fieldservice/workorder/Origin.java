package dev.rapport.plugin.fieldservice.workorder;

/** Where a work order came from. */
public enum Origin {
    /** Entered by a dispatcher. */
    MANUAL,
    /** Made from a customer service request. */
    SERVICE_REQUEST,
    /** Generated ahead of an agreement's planned maintenance. */
    MAINTENANCE
}
