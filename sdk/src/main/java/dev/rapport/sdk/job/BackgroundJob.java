package dev.rapport.sdk.job;

import org.pf4j.ExtensionPoint;

/**
 * Work the platform runs for a plugin in the background: on a schedule (every night at a time of day in the
 * company's time zone, or every few minutes) and whenever a user or administrator starts it.
 *
 * <p><b>Runs:</b> one run of a job at a time across the whole installation, also with several nodes (the claim is
 * a lease in the database). Each run is recorded (start, end, outcome, progress, error) on the administrators'
 * Jobs page. The next scheduled run is due one period after the last run started; runs missed while the
 * platform was down are not made up: a missed night runs once, at the next start. An administrator may pause a
 * job: a paused job has no scheduled runs, but can still be started now.
 * <p><b>Lifecycle:</b> registered when its plugin starts, removed when it stops. A run still going when the
 * plugin stops is asked to stop ({@link JobRun#isCancelled()} turns true and its thread is interrupted) and
 * waited for, for a bounded time, before the plugin is unloaded; it is recorded CANCELLED.
 * <p><b>Threading:</b> {@link #run} is called on a virtual thread of the platform, never on a UI thread, never
 * twice at the same time for the same job. It runs as the plugin's system identity {@code plugin:<id>}: its SDK
 * writes are allowed and audited as the plugin (the user who started it is {@link JobRun#startedBy()}).
 * <p><b>Failure:</b> if {@link #run} throws, the run is recorded FAILED with the error, the plugin's health counts
 * it, and the job runs again when its schedule next says so; the platform goes on.
 *
 * @since 1.3.0
 */
public interface BackgroundJob extends ExtensionPoint {

    /**
     * The job's id, unique within the plugin and stable across versions (runs are recorded under it).
     *
     * @return e.g. {@code rescore-customers}: lower-case letters, digits and dashes
     */
    String id();

    /**
     * The key of the job's name in the plugin's translations, shown on the Jobs page.
     *
     * @return a message key
     */
    String labelKey();

    /**
     * When the platform runs the job by itself; asked when the plugin starts, so the answer must not change.
     *
     * @return the schedule
     */
    JobSchedule schedule();

    /**
     * Does one run's work. Report progress through {@code run} and return early once it is cancelled.
     *
     * @param run this run's progress handle
     * @throws Exception to record the run FAILED with it
     */
    void run(JobRun run) throws Exception;
}
