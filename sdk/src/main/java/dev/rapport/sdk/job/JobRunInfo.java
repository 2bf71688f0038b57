package dev.rapport.sdk.job;

import java.time.Instant;
import java.util.Optional;

/**
 * A run of a job as last recorded.
 *
 * @param runId the run's id
 * @param jobId the job's id
 * @param state where it is
 * @param startedBy the login of the user who started it now; null for a scheduled run
 * @param startedAt when it started
 * @param finishedAt when it ended; null while it runs
 * @param done progress: units done
 * @param total progress: units in all, 0 when unknown
 * @param message the last progress message, or null
 * @param error the error of a failed run (shortened), or null
 * @since 1.3.0
 */
public record JobRunInfo(long runId, String jobId, JobState state, String startedBy, Instant startedAt,
                         Instant finishedAt, long done, long total, String message, String error) {

    /**
     * When the run ended.
     *
     * @return the end; empty while it runs
     */
    public Optional<Instant> finished() {
        return Optional.ofNullable(finishedAt);
    }
}
