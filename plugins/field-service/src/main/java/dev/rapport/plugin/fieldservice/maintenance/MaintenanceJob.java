package dev.rapport.plugin.fieldservice.maintenance;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.LocalTime;
import org.pf4j.Extension;

/** Every night, the work orders of planned maintenance due within the lead time ({@link MaintenancePlans}). */
@Extension
public final class MaintenanceJob implements BackgroundJob {

    private final PluginContext context;
    private final MaintenancePlans plans;

    public MaintenanceJob(PluginContext context, MaintenancePlans plans) {
        this.context = context;
        this.plans = plans;
    }

    @Override
    public String id() {
        return "maintenance-orders";
    }

    @Override
    public String labelKey() {
        return "fieldservice.job.maintenance";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(2, 30));
    }

    @Override
    public void run(JobRun run) {
        int made = plans.generateDue(run::isCancelled);
        run.progress(made, made, context.i18n().get("fieldservice.job.maintenanceDone", made));
    }
}
