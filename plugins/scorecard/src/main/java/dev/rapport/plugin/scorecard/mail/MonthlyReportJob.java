package dev.rapport.plugin.scorecard.mail;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.Duration;
import org.pf4j.Extension;

/**
 * Ticks every 15 minutes and mails the monthly scorecards once their day and time have come ({@link MonthlyReportMail}):
 * a tick is a few reads until then, and a restart or a changed sending time is caught up at the next tick.
 */
@Extension
public final class MonthlyReportJob implements BackgroundJob {

    public static final String ID = "scorecard-monthly-mail";

    private final MonthlyReportMail mail;
    private final PluginContext context;

    public MonthlyReportJob(MonthlyReportMail mail, PluginContext context) {
        this.mail = mail;
        this.context = context;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "scorecard.job.monthlyMail";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofMinutes(15));
    }

    @Override
    public void run(JobRun run) {
        int queued = mail.sendDue(context.clock().instant());
        run.progress(queued, queued, null);
    }
}
