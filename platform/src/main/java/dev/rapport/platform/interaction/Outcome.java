package dev.rapport.platform.interaction;

/** How a contact ended. */
public enum Outcome {
    COMPLETED, FOLLOW_UP_NEEDED, NO_ANSWER, LEFT_MESSAGE, RESOLVED, DECLINED
}
