package dev.rapport.platform.mail;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.Duration;

/** The kernel's background job that sends queued mail every minute; one run at a time across nodes (its lease). */
public final class MailDeliveryJob implements BackgroundJob {

    public static final String ID = "mail-delivery";
    private final MailDelivery delivery;

    public MailDeliveryJob(MailDelivery delivery) {
        this.delivery = delivery;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "job.mailDelivery";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofMinutes(1));
    }

    @Override
    public void run(JobRun run) {
        delivery.deliverDue(run);
    }
}
