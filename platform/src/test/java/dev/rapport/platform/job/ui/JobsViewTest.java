package dev.rapport.platform.job.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._fetch;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.job.JobAdministration;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.job.JobView;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.job.BackgroundJob;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.job.JobSchedule;
import dev.rapport.sdk.job.JobState;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JobsViewTest {

    private final Kernel kernel = new Kernel();
    private final JobScheduler scheduler = new JobScheduler(kernel.dsl, kernel.clock, ZoneOffset.UTC, unique("node-"),
            new PluginHealth());
    private final JobAdministration administration = new JobAdministration(scheduler, kernel.audit);
    private final String plugin = unique("jobs");
    private final CountDownLatch release = new CountDownLatch(1);

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(JobScheduler.class, scheduler)
            .register(JobAdministration.class, administration));

    @AfterEach
    void stop() {
        release.countDown();
        scheduler.close();
    }

    @Test
    void anAdministratorRunsAJobNowSeesItsProgressPollAndPausesIt() throws Exception {
        scheduler.add(plugin, new BackgroundJob() {
            @Override
            public String id() {
                return "nightly-export";
            }

            @Override
            public String labelKey() {
                return "jobs.title";
            }

            @Override
            public JobSchedule schedule() {
                return JobSchedule.daily(LocalTime.of(2, 0));
            }

            @Override
            public void run(JobRun run) throws Exception {
                run.progress(3, 10, "exporting");
                release.await(10, TimeUnit.SECONDS);
            }
        });

        ui.open("admin/jobs");
        Grid<JobView> grid = jobsGrid();
        assertThat(cell(grid, "schedule")).isEqualTo("daily 02:00 (Z)");
        assertThat(UI.getCurrent().getPollInterval()).as("nothing runs: no polling").isEqualTo(-1);

        _click(button(grid, "run-job"));

        assertThat(kernel.dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.JOB_STARTED.name())
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(plugin + ":nightly-export")))).isOne();
        assertThat(_fetch(grid, 0, 1).getFirst().lastRun().orElseThrow().state()).isEqualTo(JobState.RUNNING);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(JobsView.POLL_MILLIS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (scheduler.latest(plugin, "nightly-export").orElseThrow().done() != 3) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
        // The browser's next poll redraws the grid with the progress.
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(cell(grid, "lastRun")).contains("Running 3 / 10 · exporting");

        _click(button(grid, "run-job"));
        assertThat(kernel.dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.SUBJECT_ID.eq(plugin + ":nightly-export")))
                .as("a second start while it runs is refused").isOne();

        release.countDown();
        while (scheduler.latest(plugin, "nightly-export").orElseThrow().state() == JobState.RUNNING) {
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
        _click(button(grid, "pause-job"));

        assertThat(cell(grid, "paused")).isEqualTo("Paused");
        assertThat(cell(grid, "lastRun")).startsWith("Succeeded");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
        assertThat(kernel.dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(AuditAction.JOB_PAUSED.name())
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(plugin + ":nightly-export")))).isOne();
        @SuppressWarnings("unchecked")
        Grid<?> runs = _get(Grid.class, spec -> spec.withId("job-runs"));
        assertThat(_size(runs)).isPositive();
    }

    private static String cell(Grid<JobView> grid, String key) {
        return _getFormattedRow(grid, 0).get(grid.getColumns().indexOf(grid.getColumnByKey(key)));
    }

    @SuppressWarnings("unchecked")
    private static Grid<JobView> jobsGrid() {
        return _get(Grid.class, spec -> spec.withId("jobs"));
    }

    private static Button button(Grid<JobView> grid, String className) {
        Component cell = _getCellComponent(grid, 0, "actions");
        List<Button> buttons = cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.hasClassName(className)).toList();
        return buttons.getFirst();
    }
}
