package dev.rapport.plugin.scorecard.snapshot;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.Duration;
import org.pf4j.Extension;

/**
 * Ticks hourly and takes the snapshots on the first tick of each day (so a period that ended yesterday gets its
 * final value at once) and after a scorecard changed: the running values of the current periods and any missing
 * final values of the last periods. Idempotent: a repeated run only rewrites the running values. Its first tick
 * after the plugin's first start fills the history.
 */
@Extension
public final class SnapshotJob implements BackgroundJob {

    public static final String ID = "scorecard-snapshots";

    private final SnapshotService snapshots;

    public SnapshotJob(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "scorecard.job.snapshots";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofHours(1));
    }

    @Override
    public void run(JobRun run) {
        snapshots.takeDueIfNeeded((done, total) -> {
            run.progress(done, total, null);
            return !run.isCancelled();
        });
    }
}
