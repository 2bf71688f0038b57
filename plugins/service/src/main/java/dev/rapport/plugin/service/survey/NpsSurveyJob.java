package dev.rapport.plugin.service.survey;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.LocalTime;
import org.pf4j.Extension;

/** Sends the periodic NPS invitations ({@link NpsInvitations}) every night. */
@Extension
public final class NpsSurveyJob implements BackgroundJob {

    private final NpsInvitations invitations;

    public NpsSurveyJob(NpsInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public String id() {
        return "nps-survey";
    }

    @Override
    public String labelKey() {
        return "service.job.npsSurvey";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.daily(LocalTime.of(6, 30));
    }

    @Override
    public void run(JobRun run) {
        invitations.run(run::isCancelled, seen -> run.progress(seen, 0, null));
    }
}
