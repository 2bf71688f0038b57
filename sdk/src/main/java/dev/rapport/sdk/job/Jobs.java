package dev.rapport.sdk.job;

import java.util.Optional;

/**
 * The plugin's own background jobs: start one now, follow its runs. Reached through
 * {@link dev.rapport.sdk.PluginContext#jobs()} or a constructor parameter of this type.
 *
 * <p><b>Threading:</b> thread-safe; {@link #start} returns at once, the run goes on on a platform thread.
 * <b>Failure:</b> reads and starts throw {@link org.jooq.exception.DataAccessException} when the database cannot
 * be reached.
 *
 * @since 1.3.0
 */
public interface Jobs {

    /**
     * Starts the plugin's job {@code jobId} now, on behalf of the current user (recorded as who started it).
     *
     * @param jobId one of the plugin's {@link BackgroundJob#id()}s
     * @return the new run's id
     * @throws IllegalArgumentException when the plugin has no running job with that id
     * @throws IllegalStateException when a run of that job is already going (here or on another node)
     */
    long start(String jobId);

    /**
     * One run of one of the plugin's jobs.
     *
     * @param runId a run id from {@link #start}
     * @return the run, or empty when there is none of this plugin with that id
     */
    Optional<JobRunInfo> status(long runId);

    /**
     * The newest run of one of the plugin's jobs.
     *
     * @param jobId the job's id
     * @return its latest run, or empty when it never ran
     */
    Optional<JobRunInfo> latest(String jobId);

    /**
     * Asks a run of one of the plugin's jobs to stop, as a user who started it from a plugin page may: its
     * {@link JobRun#isCancelled()} turns true and its thread is interrupted; the run ends {@link JobState#CANCELLED}
     * when the job returns. Returns at once, without waiting for the end.
     *
     * @param runId a run id from {@link #start}
     * @return true when a running run was asked to stop; false when it has ended, is not this plugin's, or runs on
     *         another node of a cluster (runs started with {@link #start} run on the node that started them)
     * @since 1.3.0
     */
    boolean cancel(long runId);
}
