package dev.rapport.sdk.interaction;

/**
 * How a contact ended.
 *
 * @since 1.0.0
 */
public enum Outcome {
    /** Done as intended. */
    COMPLETED,
    /** Someone has to follow up. */
    FOLLOW_UP_NEEDED,
    /** Nobody answered. */
    NO_ANSWER,
    /** A message was left. */
    LEFT_MESSAGE,
    /** The customer's question or problem was solved. */
    RESOLVED,
    /** The customer declined. */
    DECLINED
}
