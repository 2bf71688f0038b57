package dev.rapport.sdk.interaction;

/**
 * The ways a customer and the company are in contact. Every contact on every channel is logged.
 *
 * @since 1.0.0
 */
public enum Channel {
    /** A phone call. */
    PHONE,
    /** An email. */
    EMAIL,
    /** A meeting in person or online. */
    MEETING,
    /** A visit or form on the company's website. */
    WEB,
    /** A chat conversation. */
    CHAT,
    /** A letter. */
    LETTER,
    /** A visit to a store or branch. */
    STORE,
    /** A visit of the company's field staff at the customer. */
    FIELD_VISIT
}
