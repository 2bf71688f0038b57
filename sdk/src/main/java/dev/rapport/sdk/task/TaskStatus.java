package dev.rapport.sdk.task;

/**
 * Where a task stands.
 *
 * @since 1.0.0
 */
public enum TaskStatus {
    /** To do. */
    OPEN,
    /** Done. */
    DONE,
    /** No longer needed. */
    CANCELLED
}
