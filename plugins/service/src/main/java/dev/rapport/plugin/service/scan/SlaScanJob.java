package dev.rapport.plugin.service.scan;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.Duration;
import org.pf4j.Extension;

/** Runs the {@link SlaScan} every minute: warnings before breaches, breaches with their time, escalations. */
@Extension
public final class SlaScanJob implements BackgroundJob {

    private final SlaScan scan;

    public SlaScanJob(SlaScan scan) {
        this.scan = scan;
    }

    @Override
    public String id() {
        return "sla-scan";
    }

    @Override
    public String labelKey() {
        return "service.job.slaScan";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofMinutes(1));
    }

    @Override
    public void run(JobRun run) {
        scan.run(run::isCancelled, checked -> run.progress(checked, 0, null));
    }
}
