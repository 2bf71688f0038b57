package dev.rapport.sdk.task;

/**
 * How urgent a task is.
 *
 * @since 1.0.0
 */
public enum TaskPriority {
    /** When there is time. */
    LOW,
    /** The default. */
    NORMAL,
    /** Before normal work. */
    HIGH,
    /** Now. */
    URGENT
}
