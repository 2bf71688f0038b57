package dev.rapport.platform.job;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobSchedule;
import dev.rapport.sdk.job.JobState;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JobSchedulerTest {

    private final DSLContext dsl = TestDatabase.get().dsl();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final PluginHealth health = new PluginHealth();
    private final JobScheduler nodeA = new JobScheduler(dsl, clock, ZoneOffset.UTC, "node-a", health);
    private final JobScheduler nodeB = new JobScheduler(dsl, clock, ZoneOffset.UTC, "node-b", health);
    private final String plugin = unique("p");

    @AfterEach
    void stop() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void twoNodesRacingForTheSameDueJobRunItOnce() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        BackgroundJob job = job("race", JobSchedule.every(Duration.ofMinutes(5)), run -> {
            runs.incrementAndGet();
            release.await(10, TimeUnit.SECONDS);
        });
        nodeA.add(plugin, job);
        nodeB.add(plugin, job);

        Thread a = Thread.ofPlatform().start(nodeA::tick);
        Thread b = Thread.ofPlatform().start(nodeB::tick);
        a.join();
        b.join();
        release.countDown();

        until(() -> latest("race").state().isFinished());
        nodeA.tick();
        nodeB.tick();
        assertThat(runs).hasValue(1);
        assertThat(dsl.fetchCount(dev.rapport.platform.internal.db.Tables.JOB_RUN,
                dev.rapport.platform.internal.db.Tables.JOB_RUN.PLUGIN_ID.eq(plugin))).isOne();
    }

    @Test
    void aThrowingJobIsRecordedFailedAndRunsAgainAtItsNextDueTime() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        nodeA.add(plugin, job("boom", JobSchedule.every(Duration.ofMinutes(5)), run -> {
            runs.incrementAndGet();
            throw new IllegalStateException("no mail server");
        }));

        nodeA.tick();
        until(() -> latest("boom").state().isFinished());
        JobRunInfo failed = latest("boom");
        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error()).contains("no mail server");
        assertThat(health.of(plugin)).isPresent();

        clock.advance(Duration.ofMinutes(4));
        nodeA.tick();
        assertThat(runs).as("not before the next due time").hasValue(1);
        clock.advance(Duration.ofMinutes(1));
        // Ticks go on as the node's timer would: the failed run's thread may still be giving its lease back at the first.
        until(() -> {
            nodeA.tick();
            return runs.get() == 2;
        });
    }

    @Test
    void aRunningJobIsCancelledWhenItsPluginStopsAndRecordedCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        nodeA.add(plugin, job("long", JobSchedule.onDemand(), run -> {
            started.countDown();
            while (!run.isCancelled()) {
                run.progress(1, 10, "working");
                Thread.onSpinWait();
            }
        }));
        long runId = nodeA.startNow(plugin, "long", "alice");
        until(() -> started.getCount() == 0);

        nodeA.removeOwnedBy(plugin, Duration.ofSeconds(10));

        JobRunInfo run = nodeA.store().run(plugin, runId).orElseThrow();
        assertThat(run.state()).isEqualTo(JobState.CANCELLED);
        assertThat(run.startedBy()).isEqualTo("alice");
        assertThat(run.message()).isEqualTo("working");
    }

    @Test
    void aPausedJobIsNotScheduledButCanBeStartedNowOnceAtATime() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        nodeA.add(plugin, job("nightly", JobSchedule.every(Duration.ofMinutes(1)), run -> {
            runs.incrementAndGet();
            release.await(10, TimeUnit.SECONDS);
        }));
        nodeA.setPaused(plugin, "nightly", true);

        nodeA.tick();
        assertThat(runs).hasValue(0);

        nodeA.startNow(plugin, "nightly", "admin");
        assertThatThrownBy(() -> nodeA.startNow(plugin, "nightly", "admin"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already running");
        release.countDown();
        until(() -> latest("nightly").state() == JobState.SUCCEEDED);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRunWhoseNodeStoppedIsRecordedFailedByTheNextClaim() {
        long orphan = nodeA.store().insertRunning(plugin, "sync", null, "node-gone", clock.instant());
        nodeB.add(plugin, job("sync", JobSchedule.every(Duration.ofMinutes(5)), run -> { }));

        clock.advance(Duration.ofMinutes(5));
        nodeB.tick();

        JobRunInfo dead = nodeB.store().run(plugin, orphan).orElseThrow();
        assertThat(dead.state()).isEqualTo(JobState.FAILED);
        assertThat(dead.error()).isEqualTo("node stopped");
    }

    private JobRunInfo latest(String jobId) {
        return nodeA.store().latest(plugin, jobId).orElseThrow();
    }

    /** Waits for a run on its virtual thread (the only wall-clock wait: the scheduler's time is the test clock). */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private interface Work {
        void run(JobRun run) throws Exception;
    }

    private static BackgroundJob job(String id, JobSchedule schedule, Work work) {
        return new BackgroundJob() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String labelKey() {
                return id + ".label";
            }

            @Override
            public JobSchedule schedule() {
                return schedule;
            }

            @Override
            public void run(JobRun run) throws Exception {
                work.run(run);
            }
        };
    }
}
