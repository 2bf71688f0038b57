package dev.rapport.platform.plugin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobRunProgress;
import dev.rapport.sdk.job.JobSchedule;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.job.Jobs;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user who started a job from a plugin page sees its progress live (pushed from the scheduler's thread, no click
 * needed) until it ends, and can cancel it; the page hears of the end.
 */
class JobRunProgressTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final String plugin = unique("progress-");
    private JobScheduler scheduler;

    @AfterEach
    void stop() {
        scheduler.close();
    }

    private Jobs jobs(BackgroundJob job) {
        scheduler = new JobScheduler(ui.kernel().dsl, ui.kernel().clock, ZoneOffset.UTC, "local", new PluginHealth());
        scheduler.add(plugin, job);
        return new PluginJobs(scheduler, plugin, new PluginActor(plugin, java.util.Optional::empty));
    }

    @Test
    void showsTheRunsProgressLiveAndACancelStopsIt() throws Exception {
        CountDownLatch halfway = new CountDownLatch(1);
        Jobs jobs = jobs(job("import", run -> {
            run.progress(5, 10, "Row 5 of 10");
            halfway.countDown();
            while (!run.isCancelled()) {
                Thread.sleep(20);
            }
        }));
        long runId = jobs.start("import");
        AtomicReference<JobRunInfo> ended = new AtomicReference<>();
        JobRunProgress progress = new JobRunProgress(jobs, runId).onFinished(ended::set);
        UI.getCurrent().add(progress);
        assertThat(halfway.await(10, TimeUnit.SECONDS)).isTrue();

        until(() -> text().equals("Row 5 of 10"));
        assertThat(_get(progress, ProgressBar.class, spec -> { }).getValue()).isEqualTo(0.5);

        _click(_get(progress, Button.class, spec -> spec.withClasses("job-run-cancel")));

        until(() -> ended.get() != null);
        assertThat(ended.get().state()).isEqualTo(JobState.CANCELLED);
        assertThat(text()).isEqualTo("Cancelled.");
        assertThat(_find(progress, Button.class, spec -> spec.withClasses("job-run-cancel"))).as("no Cancel once ended").isEmpty();
        assertThat(progress.run()).map(JobRunInfo::runId).contains(runId);
    }

    @Test
    void aRunThatEndsShowsItsLastMessageAndAFailureItsError() throws Exception {
        Jobs jobs = jobs(job("count", run -> run.progress(3, 3, "3 notes on 2 customers")));
        long runId = jobs.start("count");
        JobRunProgress progress = new JobRunProgress(jobs, runId);
        UI.getCurrent().add(progress);
        // The message shows while the run is still going; the run ends a moment later.
        until(() -> progress.run().map(JobRunInfo::state).filter(JobState.SUCCEEDED::equals).isPresent());
        assertThat(text()).isEqualTo("3 notes on 2 customers");
        UI.getCurrent().remove(progress);
        scheduler.close();

        Jobs failing = jobs(job("boom", run -> {
            throw new IllegalStateException("no mail server");
        }));
        JobRunProgress failed = new JobRunProgress(failing, failing.start("boom"));
        UI.getCurrent().add(failed);
        until(() -> text().startsWith("Failed:"));
        assertThat(text()).contains("no mail server");
    }

    private static String text() {
        return _get(Span.class, spec -> spec.withClasses("job-run-message")).getText();
    }

    /** Lets the UI run what other threads handed it (as push would), until {@code condition} holds. */
    private static void until(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            MockVaadin.runUIQueue();
            if (condition.getAsBoolean()) {
                return;
            }
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private interface Work {
        void run(JobRun run) throws Exception;
    }

    private static BackgroundJob job(String id, Work work) {
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
                return JobSchedule.onDemand();
            }

            @Override
            public void run(JobRun run) throws Exception {
                work.run(run);
            }
        };
    }
}
