package ${package};

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.pf4j.Extension;

/**
 * Every morning, marks the planned visits whose day has passed as missed, in batches, so that a long backlog
 * shows progress and stops between batches when the platform asks it to.
 */
@Extension
public final class MissedVisitsJob implements BackgroundJob {

    static final String ID = "missed-visits";
    private static final int BATCH = 500;

    private final PluginContext context;
    private final VisitRepository visits;

    public MissedVisitsJob(PluginContext context, VisitRepository visits) {
        this.context = context;
        this.visits = visits;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "${pluginId}.job.missed";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(6, 0));
    }

    @Override
    public void run(JobRun run) {
        LocalDate today = LocalDate.now(context.clock());
        long marked = 0;
        List<Long> batch = visits.overdue(today, BATCH);
        while (!batch.isEmpty() && !run.isCancelled()) {
            marked += visits.markMissed(batch);
            run.progress(marked, 0, context.i18n().get("${pluginId}.job.progress", marked));
            batch = visits.overdue(today, BATCH);
        }
    }
}
