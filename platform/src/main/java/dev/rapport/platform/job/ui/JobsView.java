package dev.rapport.platform.job.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.job.JobAdministration;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.job.JobStore;
import dev.rapport.platform.job.JobView;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Background jobs for administrators: every plugin's jobs with their schedule, last run and next due time, to run
 * now or pause; and the recent runs with their errors, paged by id. While a run goes, the page polls every two
 * seconds so its progress moves.
 */
@Route(value = "admin/jobs", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class JobsView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 2000;
    private static final int PAGE = 50;

    private final JobScheduler scheduler;
    private final JobAdministration administration;
    private final Formats formats = WebSession.formats();
    private final Grid<JobView> jobs = new Grid<>();
    private final Grid<JobStore.RecordedRun> runs = new Grid<>();
    private final Button older = new Button();
    private final List<JobStore.RecordedRun> shownRuns = new ArrayList<>();
    private Registration polling;

    public JobsView(JobScheduler scheduler, JobAdministration administration) {
        this.scheduler = scheduler;
        this.administration = administration;
        setSizeFull();
        H2 title = new H2(getTranslation("jobs.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        jobs.setId("jobs");
        jobs.addColumn(JobView::pluginId).setHeader(getTranslation("jobs.plugin")).setAutoWidth(true).setKey("plugin");
        jobs.addColumn(job -> getTranslation(job.labelKey())).setHeader(getTranslation("jobs.job")).setFlexGrow(2)
                .setKey("job");
        jobs.addColumn(JobView::schedule).setHeader(getTranslation("jobs.schedule")).setAutoWidth(true).setKey("schedule");
        jobs.addColumn(job -> getTranslation(job.paused() ? "jobs.paused" : "jobs.active"))
                .setHeader(getTranslation("jobs.state")).setAutoWidth(true).setKey("paused");
        jobs.addColumn(job -> job.lastRun().map(this::describe).orElse("–")).setHeader(getTranslation("jobs.lastRun"))
                .setFlexGrow(2).setKey("lastRun");
        jobs.addColumn(job -> job.paused() ? "–" : job.nextDue().map(formats::dateTime).orElse("–"))
                .setHeader(getTranslation("jobs.nextDue")).setAutoWidth(true).setKey("nextDue");
        jobs.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        jobs.setEmptyStateText(getTranslation("jobs.none"));
        runs.setId("job-runs");
        runs.addColumn(run -> "#" + run.info().runId()).setHeader(getTranslation("jobs.run")).setAutoWidth(true).setKey("run");
        runs.addColumn(run -> run.pluginId() + " · " + run.info().jobId()).setHeader(getTranslation("jobs.job"))
                .setAutoWidth(true).setKey("job");
        runs.addColumn(run -> describe(run.info())).setHeader(getTranslation("jobs.outcome")).setFlexGrow(2).setKey("outcome");
        runs.addColumn(run -> run.info().startedBy() == null ? getTranslation("jobs.bySchedule") : run.info().startedBy())
                .setHeader(getTranslation("jobs.startedBy")).setAutoWidth(true).setKey("startedBy");
        runs.addColumn(run -> run.info().error() == null ? "" : run.info().error().lines().findFirst().orElse(""))
                .setHeader(getTranslation("jobs.error")).setFlexGrow(3).setKey("error");
        older.setText(getTranslation("jobs.older"));
        older.setId("older-runs");
        older.addClickListener(click -> loadRuns(false));
        add(title, jobs, new H3(getTranslation("jobs.runs")), runs, older);
        setFlexGrow(1, jobs, runs);
        refresh();
    }

    /** Redraws the jobs and the newest page of runs; polls while a run goes. */
    void refresh() {
        List<JobView> all = scheduler.jobs();
        jobs.setItems(all);
        loadRuns(true);
        boolean running = all.stream().anyMatch(job -> job.lastRun().filter(run -> run.state() == JobState.RUNNING)
                .isPresent());
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
    }

    private void loadRuns(boolean fromNewest) {
        if (fromNewest) {
            shownRuns.clear();
        }
        Long before = shownRuns.isEmpty() ? null : shownRuns.getLast().info().runId();
        List<JobStore.RecordedRun> page = scheduler.recentRuns(before, PAGE);
        shownRuns.addAll(page);
        runs.setItems(List.copyOf(shownRuns));
        older.setEnabled(page.size() == PAGE);
    }

    /** A run's outcome in words: state, progress while it goes, duration once it ended. */
    private String describe(JobRunInfo run) {
        String state = getTranslation("jobs.state." + run.state().name());
        if (run.state() == JobState.RUNNING) {
            String progress = run.total() > 0 ? run.done() + " / " + run.total() : String.valueOf(run.done());
            return state + " " + progress + (run.message() == null ? "" : " · " + run.message());
        }
        return run.finished().map(end -> state + " · " + formats.dateTime(run.startedAt()) + " · "
                + Duration.between(run.startedAt(), end).toSeconds() + " s").orElse(state);
    }

    private Component actions(JobView job) {
        Button runNow = new Button(getTranslation("jobs.runNow"), click -> {
            try {
                administration.runNow(WebSession.actor(), job.pluginId(), job.jobId());
                Notifications.success(getTranslation("jobs.started"));
            } catch (IllegalStateException | IllegalArgumentException e) {
                Notifications.error(getTranslation("jobs.alreadyRunning"));
            }
            refresh();
        });
        runNow.addClassName("run-job");
        Button pause = new Button(getTranslation(job.paused() ? "jobs.resume" : "jobs.pause"), click -> {
            administration.setPaused(WebSession.actor(), job.pluginId(), job.jobId(), !job.paused());
            refresh();
        });
        pause.addClassName("pause-job");
        runNow.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        pause.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(runNow, pause);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        polling = event.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("jobs.title") + " · " + getTranslation("app.name");
    }
}
