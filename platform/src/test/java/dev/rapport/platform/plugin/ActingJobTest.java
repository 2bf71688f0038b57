package dev.rapport.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ActingJobTest {

    private final PluginActor actor = new PluginActor("reports", Optional::empty);

    @Test
    void aJobRunsAsThePluginsIdentityAndOnlyForTheRun() throws Exception {
        AtomicReference<Optional<Actor>> during = new AtomicReference<>();
        new ActingJob("reports", job(() -> during.set(actor.current()))).run(run());

        assertThat(during.get()).contains(Actor.plugin("reports"));
        assertThat(actor.current()).as("after the run").isEmpty();
    }

    @Test
    void whatTheJobThrowsReachesTheScheduler() {
        BackgroundJob failing = job(() -> {
            throw new IllegalStateException("disk full");
        });
        assertThatThrownBy(() -> new ActingJob("reports", failing).run(run())).hasMessage("disk full");
    }

    private static BackgroundJob job(Runnable work) {
        return new BackgroundJob() {
            @Override
            public String id() {
                return "nightly-report";
            }

            @Override
            public String labelKey() {
                return "job.nightly";
            }

            @Override
            public JobSchedule schedule() {
                return JobSchedule.onDemand();
            }

            @Override
            public void run(JobRun run) {
                work.run();
            }
        };
    }

    private static JobRun run() {
        return new JobRun() {
            @Override
            public void progress(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }

            @Override
            public Optional<String> startedBy() {
                return Optional.empty();
            }

            @Override
            public Instant startedAt() {
                return Instant.EPOCH;
            }
        };
    }
}
