package dev.rapport.sdk.interaction;

/**
 * Who started a contact.
 *
 * @since 1.0.0
 */
public enum Direction {
    /** The customer contacted the company. */
    INBOUND,
    /** The company contacted the customer. */
    OUTBOUND
}
