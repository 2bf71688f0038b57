package dev.rapport.platform.mail;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.Duration;

/** The kernel's background job that fetches new mail every minute; one run at a time across nodes (its lease). */
public final class MailPollJob implements BackgroundJob {

    public static final String ID = "mail-poll";
    private final MailPoller poller;

    public MailPollJob(MailPoller poller) {
        this.poller = poller;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "job.mailPoll";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofMinutes(1));
    }

    @Override
    public void run(JobRun run) {
        poller.pollAll(run);
    }
}
