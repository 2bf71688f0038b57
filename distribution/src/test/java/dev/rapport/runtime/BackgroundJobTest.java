package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import static dev.rapport.platform.internal.db.Tables.CACHE_SIGNAL;

import dev.rapport.platform.cluster.CacheSignals;
import dev.rapport.platform.job.JobAdministration;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin's background job in a running installation: the node's scheduler runs it by its schedule once the plugin
 * starts, an administrator runs it again now, and each run writes to the plugin's own table as the plugin. A node
 * alone ({@code cluster.nodes} 1) runs no background work for other nodes: it neither polls nor writes cache signals.
 */
class BackgroundJobTest {

    private static final String PLUGIN = "fixture-jobs";

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("BackgroundJobTest", List.of(PluginZips.JOB_RUNNER));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void theSchedulerRunsThePluginsJobAndAnAdministratorRunsItAgainNow() {
        assertThat(Plugins.status(platform, PLUGIN).state()).isEqualTo(PluginHost.State.STARTED);
        JobScheduler scheduler = platform.service(JobScheduler.class);

        JobRunInfo scheduled = Eventually.await("the scheduled first run", Duration.ofSeconds(20),
                () -> scheduler.latest(PLUGIN, "tick"), run -> run.filter(r -> r.state().isFinished()).isPresent())
                .orElseThrow();
        assertThat(scheduled.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(scheduled.startedBy()).isNull();
        assertThat(scheduled.message()).isEqualTo("ticked");

        Actor administrator = Kernel.newAdministrator(platform);
        long runId = platform.service(JobAdministration.class).runNow(administrator, PLUGIN, "tick");

        Optional<JobRunInfo> now = Eventually.await("the run started now", Duration.ofSeconds(20),
                () -> scheduler.run(PLUGIN, runId), run -> run.filter(r -> r.state().isFinished()).isPresent());
        assertThat(now.orElseThrow().state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(platform.service(Database.class).dsl().select(DSL.field("started_by", String.class))
                .from(DSL.table("jbr_tick")).orderBy(DSL.field("id")).fetch(0, String.class))
                .containsExactly("schedule", administrator.displayName());
    }

    @Test
    void aNodeAloneNeitherPollsNorWritesCacheSignals() {
        assertThat(platform.platform().services().find(CacheSignals.class))
                .as("no cache signal poller").isEmpty();
        User user = Kernel.newUser(platform);
        platform.service(UserAdministration.class).resetPassword(user.id(), Kernel.newAdministrator(platform));

        assertThat(platform.service(Database.class).dsl().fetchCount(CACHE_SIGNAL))
                .as("signals nobody would read").isZero();
    }
}
