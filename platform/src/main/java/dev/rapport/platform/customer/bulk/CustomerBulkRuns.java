package dev.rapport.platform.customer.bulk;

import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobRunInfo;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Starts bulk actions: a selection of up to {@link #INLINE_LIMIT} customers is changed while the user waits; a
 * larger one runs in the background as a one-off run of the kernel's job {@link #JOB_ID} (progress and cancel on
 * the list, and on the Background jobs page). The outcome of a background run is kept on this node until asked for.
 */
public final class CustomerBulkRuns {

    /** The owner of the runs' records in the job tables. */
    public static final String OWNER = "kernel";
    public static final String JOB_ID = "customers-bulk";
    /** The largest selection changed while the user waits. */
    public static final int INLINE_LIMIT = 300;

    /** How a started action goes on: finished already, or running in the background as run {@code runId}. */
    public sealed interface Started {
    }

    public record Finished(BulkOutcome outcome) implements Started {
    }

    public record InBackground(long runId) implements Started {
    }

    private final CustomerBulkActions actions;
    private final JobScheduler jobs;
    private final int inlineLimit;
    private final Map<Long, BulkOutcome> outcomes = new ConcurrentHashMap<>();

    public CustomerBulkRuns(CustomerBulkActions actions, JobScheduler jobs) {
        this(actions, jobs, INLINE_LIMIT);
    }

    /** With another limit, for tests that do not make hundreds of customers. */
    public CustomerBulkRuns(CustomerBulkActions actions, JobScheduler jobs, int inlineLimit) {
        this.actions = actions;
        this.jobs = jobs;
        this.inlineLimit = inlineLimit;
    }

    public CustomerBulkActions actions() {
        return actions;
    }

    /** Applies {@code change} to the selection as {@code actor}: now when it is small, else in the background. */
    public Started start(CustomerSelection selection, BulkChange change, Actor actor) {
        var size = actions.size(selection);
        if (!size.atLeast() && size.value() <= inlineLimit) {
            return new Finished(actions.apply(selection, change, actor, BulkProgress.NONE));
        }
        long runId = jobs.runOnce(OWNER, JOB_ID, actor.displayName(), (run, id) ->
                outcomes.put(id, actions.apply(selection, change, actor, progressOf(run))));
        return new InBackground(runId);
    }

    /** The run's record (state and progress). */
    public Optional<JobRunInfo> run(long runId) {
        return jobs.run(OWNER, runId);
    }

    /** The outcome of a finished background run of this node, handed out once. */
    public Optional<BulkOutcome> takeOutcome(long runId) {
        return Optional.ofNullable(outcomes.remove(runId));
    }

    /** Asks a background run to stop after the customer it is changing. */
    public boolean cancel(long runId) {
        return jobs.cancel(runId);
    }

    private static BulkProgress progressOf(JobRun run) {
        return new BulkProgress() {
            @Override
            public void progress(long done, long total) {
                run.progress(done, total, null);
            }

            @Override
            public boolean isCancelled() {
                return run.isCancelled();
            }
        };
    }
}
