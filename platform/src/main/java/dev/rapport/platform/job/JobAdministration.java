package dev.rapport.platform.job;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;

/** What an administrator does to a job (run it now, pause or resume it), audited. */
public final class JobAdministration {

    private final JobScheduler scheduler;
    private final AuditLog audit;

    public JobAdministration(JobScheduler scheduler, AuditLog audit) {
        this.scheduler = scheduler;
        this.audit = audit;
    }

    /**
     * Runs the job now for {@code actor}, paused or not.
     *
     * @throws IllegalStateException when a run of it is going
     */
    public long runNow(Actor actor, String pluginId, String jobId) {
        long runId = scheduler.startNow(pluginId, jobId, actor.displayName());
        audit.record(actor, AuditAction.JOB_STARTED, "job", pluginId + ":" + jobId, "run " + runId);
        return runId;
    }

    /** Pauses the job's scheduled runs, or resumes them. */
    public void setPaused(Actor actor, String pluginId, String jobId, boolean paused) {
        scheduler.setPaused(pluginId, jobId, paused);
        audit.record(actor, paused ? AuditAction.JOB_PAUSED : AuditAction.JOB_RESUMED, "job", pluginId + ":" + jobId,
                null);
    }
}
