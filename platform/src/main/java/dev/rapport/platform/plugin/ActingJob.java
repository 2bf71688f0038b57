package dev.rapport.platform.plugin;

import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;

/**
 * A plugin's background job as the scheduler calls it: every run goes as the plugin's system identity
 * ({@code plugin:<id>}, see {@link PluginActor}), so what the job writes through the SDK is allowed and audited as
 * the plugin.
 */
final class ActingJob implements BackgroundJob {

    private final String pluginId;
    private final BackgroundJob job;

    ActingJob(String pluginId, BackgroundJob job) {
        this.pluginId = pluginId;
        this.job = job;
    }

    @Override
    public String id() {
        return job.id();
    }

    @Override
    public String labelKey() {
        return job.labelKey();
    }

    @Override
    public JobSchedule schedule() {
        return job.schedule();
    }

    @Override
    public void run(JobRun run) throws Exception {
        Exception[] thrown = {null};
        PluginActor.runAs(pluginId, () -> {
            try {
                job.run(run);
            } catch (Exception e) {
                thrown[0] = e;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }
}
