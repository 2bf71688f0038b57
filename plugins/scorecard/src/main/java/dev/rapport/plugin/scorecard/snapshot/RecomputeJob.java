package dev.rapport.plugin.scorecard.snapshot;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import org.pf4j.Extension;

/** Recomputes the periods people asked for ({@link SnapshotService#requestRecompute}), started on demand. */
@Extension
public final class RecomputeJob implements BackgroundJob {

    public static final String ID = "scorecard-recompute";

    private final SnapshotService snapshots;

    public RecomputeJob(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "scorecard.job.recompute";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.onDemand();
    }

    @Override
    public void run(JobRun run) {
        snapshots.recomputePending((done, total) -> {
            run.progress(done, total, null);
            return !run.isCancelled();
        });
    }
}
