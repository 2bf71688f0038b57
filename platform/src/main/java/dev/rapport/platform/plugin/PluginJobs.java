package dev.rapport.platform.plugin;

import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.Jobs;
import java.util.Optional;

/** One plugin's view of the job scheduler: only its own jobs and runs; a start names who acts now. */
final class PluginJobs implements Jobs {

    private final JobScheduler scheduler;
    private final String pluginId;
    private final PluginActor actor;

    PluginJobs(JobScheduler scheduler, String pluginId, PluginActor actor) {
        this.scheduler = scheduler;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public long start(String jobId) {
        return scheduler.startNow(pluginId, jobId, actor.current().map(Actor::displayName).orElse(null));
    }

    @Override
    public Optional<JobRunInfo> status(long runId) {
        return scheduler.run(pluginId, runId);
    }

    @Override
    public Optional<JobRunInfo> latest(String jobId) {
        return scheduler.latest(pluginId, jobId);
    }

    @Override
    public boolean cancel(long runId) {
        return scheduler.cancel(pluginId, runId);
    }
}
