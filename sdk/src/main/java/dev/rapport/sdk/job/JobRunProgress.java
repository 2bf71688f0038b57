package dev.rapport.sdk.job;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Shows one run of the plugin's jobs live on a plugin page, until it ends: a progress bar (indeterminate while the
 * job reports no total), the job's message, and a Cancel button that asks the run to stop ({@link Jobs#cancel}).
 * When the run ends it shows how (done, failed with the error, cancelled) and calls the listener given to
 * {@link #onFinished}, e.g. to reload the page's data.
 *
 * <p><b>Lifecycle:</b> follows the run while attached to a UI; detaching stops following (the run goes on), and
 * attaching again picks it up. <b>Threading:</b> create and use it on the UI thread; the run is read every half
 * second on a platform daemon thread and shown through {@link UI#access} (the platform's pages use server push, so
 * updates appear without a request of the browser). <b>Failure:</b> a read that fails (the database is away) is
 * tried again at the next tick; a run that cannot be found shows as ended. Texts are the platform's
 * ({@code job.progress.*} keys), in the user's language.
 *
 * @since 1.3.0
 */
public class JobRunProgress extends Composite<HorizontalLayout> {

    private static final long TICK_MILLIS = 500;
    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "job-run-progress");
        thread.setDaemon(true);
        return thread;
    });

    private final Jobs jobs;
    private final long runId;
    private final ProgressBar bar = new ProgressBar();
    private final Span message = new Span();
    private final Button cancel = new Button();
    private Consumer<JobRunInfo> finishedListener = info -> { };
    private ScheduledFuture<?> following;
    private JobRunInfo last;

    /**
     * Follows a run of the plugin's jobs.
     *
     * @param jobs the plugin's jobs ({@link dev.rapport.sdk.PluginContext#jobs()})
     * @param runId the run, as {@link Jobs#start} returned it
     */
    public JobRunProgress(Jobs jobs, long runId) {
        this.jobs = jobs;
        this.runId = runId;
        bar.setIndeterminate(true);
        bar.setWidth("12em");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        cancel.addClickListener(click -> {
            cancel.setEnabled(false);
            jobs.cancel(runId);
        });
        getContent().setAlignItems(HorizontalLayout.Alignment.CENTER);
        getContent().add(bar, message, cancel);
        addClassName("job-run-progress");
        message.addClassName("job-run-message");
        cancel.addClassName("job-run-cancel");
    }

    /**
     * Calls {@code listener} on the UI thread once the run has ended.
     *
     * @param listener receives the ended run
     * @return this component
     */
    public JobRunProgress onFinished(Consumer<JobRunInfo> listener) {
        this.finishedListener = listener;
        return this;
    }

    /**
     * The run as last read.
     *
     * @return the run, empty before the first read
     */
    public Optional<JobRunInfo> run() {
        return Optional.ofNullable(last);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        cancel.setText(getTranslation("job.progress.cancel"));
        UI ui = attachEvent.getUI();
        show(jobs.status(runId).orElse(null));
        if (last != null && !last.state().isFinished()) {
            following = TICKS.scheduleWithFixedDelay(() -> read(ui), TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopFollowing();
        super.onDetach(detachEvent);
    }

    private void read(UI ui) {
        try {
            JobRunInfo info = jobs.status(runId).orElse(null);
            ui.access(() -> show(info));
        } catch (RuntimeException e) {
            // Read again at the next tick: the database may be back.
        }
    }

    private void show(JobRunInfo info) {
        if (info == null) {
            message.setText(getTranslation("job.progress.gone"));
            end();
            return;
        }
        boolean endsNow = info.state().isFinished() && (last == null || !last.state().isFinished());
        last = info;
        if (info.total() > 0) {
            bar.setIndeterminate(false);
            bar.setValue(Math.min(1.0, (double) info.done() / info.total()));
        }
        switch (info.state()) {
            case SUCCEEDED -> {
                bar.setIndeterminate(false);
                bar.setValue(1.0);
                message.setText(info.message() != null ? info.message() : getTranslation("job.progress.done"));
            }
            case FAILED -> message.setText(getTranslation("job.progress.failed", info.error() == null ? ""
                    : info.error().lines().findFirst().orElse("")));
            case CANCELLED -> message.setText(getTranslation("job.progress.cancelled"));
            default -> message.setText(info.message() != null ? info.message() : getTranslation("job.progress.running"));
        }
        if (endsNow) {
            end();
            finishedListener.accept(info);
        }
    }

    private void end() {
        stopFollowing();
        cancel.setVisible(false);
        if (last == null || last.state() != JobState.SUCCEEDED) {
            bar.setIndeterminate(false);
        }
    }

    private void stopFollowing() {
        if (following != null) {
            following.cancel(false);
            following = null;
        }
    }
}
