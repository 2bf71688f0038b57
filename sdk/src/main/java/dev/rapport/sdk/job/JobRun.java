package dev.rapport.sdk.job;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of a {@link BackgroundJob}, handed to {@link BackgroundJob#run}: report progress, notice cancellation.
 *
 * <p><b>Lifecycle:</b> valid during that call only. <b>Threading:</b> call it from the run's thread or any thread
 * the run started; it is thread-safe. <b>Failure:</b> progress is kept in memory and written to the database at
 * most once a second (and at the end), so calling it often is cheap; a failure to write it is logged, never thrown.
 *
 * @since 1.3.0
 */
public interface JobRun {

    /**
     * Reports how far the run is, shown live on the Jobs page and to the user who started it.
     *
     * @param done units done so far
     * @param total units in all, or 0 when unknown
     * @param message a short text for people (already translated), or null
     */
    void progress(long done, long total, String message);

    /**
     * Whether the platform asked the run to stop (its plugin stops, the platform shuts down). A job polls it
     * between units of work and returns early; its thread is also interrupted.
     *
     * @return true once cancelled
     */
    boolean isCancelled();

    /**
     * The user who started this run now; empty for a scheduled run.
     *
     * @return the user's login name, if a user started it
     */
    Optional<String> startedBy();

    /**
     * When the run started, by the platform's clock.
     *
     * @return the start
     */
    Instant startedAt();
}
