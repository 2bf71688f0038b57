package dev.rapport.sdk.job;

/**
 * Where a run of a {@link BackgroundJob} is.
 *
 * @since 1.3.0
 */
public enum JobState {
    /** Asked for, not yet started. */
    QUEUED,
    /** Running now. */
    RUNNING,
    /** Ended normally. */
    SUCCEEDED,
    /** Threw, or its node stopped while it ran. */
    FAILED,
    /** Asked to stop and ended. */
    CANCELLED;

    /**
     * Whether the run has ended.
     *
     * @return true for SUCCEEDED, FAILED and CANCELLED
     */
    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }
}
