package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.contract.AgreementCatchUp;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import dev.rapport.sdk.PluginContext;
import java.time.Duration;
import java.time.LocalTime;
import org.pf4j.Extension;

/**
 * Scores every customer each night at 02:30 (and when a manager starts it on the retention page), with progress. On
 * a demo installation it runs every 24 hours from its first sight instead, so the first run comes right after the
 * first start and the demo's pages, charts and facets are filled within a minute. Its first run also asks once for
 * the service agreements that existed before retention listened ({@link AgreementCatchUp}).
 */
@Extension
public final class ScoringJob implements BackgroundJob {

    public static final String ID = "score-customers";

    private final ScoringRun scoring;
    private final CustomerRefresh refresh;
    private final AgreementCatchUp catchUp;

    private final boolean demo;

    public ScoringJob(ScoringRun scoring, CustomerRefresh refresh, AgreementCatchUp catchUp, PluginContext context) {
        this.scoring = scoring;
        this.refresh = refresh;
        this.catchUp = catchUp;
        this.demo = context.demoData();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "retention.job.score";
    }

    @Override
    public JobSchedule schedule() {
        return demo ? JobSchedule.every(Duration.ofHours(24)) : JobSchedule.daily(LocalTime.of(2, 30));
    }

    @Override
    public void run(JobRun run) {
        catchUp.requestOnce();
        scoring.run(run);
        refresh.modelsChanged();
    }
}
