package dev.rapport.plugin.fieldservice.schedule;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicLong;
import org.pf4j.Extension;

/**
 * Plans tomorrow every evening, and the day a dispatcher asks for from the board (the day is kept in the plugin's
 * settings under {@value #DAY_SETTING} until the run starts). Progress: the seconds of the time limit used, with
 * the best score so far; cancelling keeps the last saved plan.
 */
@Extension
public final class PlanDayJob implements BackgroundJob {

    public static final String ID = "plan-day";
    public static final String DAY_SETTING = "planning.requestedDay";

    private final PluginContext context;
    private final ScheduleService schedule;
    private final FieldSettings settings;

    public PlanDayJob(PluginContext context, ScheduleService schedule, FieldSettings settings) {
        this.context = context;
        this.schedule = schedule;
        this.settings = settings;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "fieldservice.job.planDay";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(18, 0));
    }

    @Override
    public void run(JobRun run) {
        LocalDate day = context.settings().get(DAY_SETTING).map(LocalDate::parse)
                .orElse(LocalDate.ofInstant(context.clock().instant(), settings.zone()).plusDays(1));
        context.settings().remove(DAY_SETTING);
        long limit = settings.solverTimeLimit().toSeconds();
        long started = System.nanoTime();
        AtomicLong reported = new AtomicLong();
        ScheduleService.PlanSummary summary = schedule.plan(day, run::isCancelled, score -> {
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            if (reported.getAndSet(seconds) != seconds || seconds == 0) {
                run.progress(Math.min(seconds, limit), limit, context.i18n().get("fieldservice.job.progress", score));
            }
        });
        run.progress(limit, limit, context.i18n().get("fieldservice.job.done", summary.assigned(),
                summary.unassigned(), summary.travelMinutes()));
    }
}
