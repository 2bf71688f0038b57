package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import dev.rapport.plugin.scorecard.snapshot.RecomputeJob;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.ui.Feedback;
import java.time.LocalDate;

/**
 * Asks before measuring one period of every scorecard again, then follows the recompute job's progress; the run
 * can be cancelled (what was written stays, as further revisions). The page redraws when it is done.
 */
final class RecomputeDialog extends Dialog {

    private static final int POLL_MILLIS = 500;

    private final PluginContext context;
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Runnable done;
    private Registration polling;
    private long runId;

    RecomputeDialog(PluginContext context, SnapshotService snapshots, PeriodKind kind, LocalDate start,
                    ValueTexts texts, Runnable done) {
        this.context = context;
        this.done = done;
        setId("scorecard-recompute-dialog");
        setHeaderTitle(getTranslation("scorecard.recompute"));
        add(new Paragraph(getTranslation("scorecard.recompute.ask", texts.period(kind, start))));
        progress.setVisible(false);
        add(progress, status);
        Button go = new Button(getTranslation("scorecard.recompute.start"));
        go.setId("scorecard-recompute-start");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("scorecard.cancel"), click -> {
            if (runId > 0) {
                context.jobs().cancel(runId);
            } else {
                close();
            }
        });
        go.addClickListener(click -> Feedback.attempt(this, java.util.Map.of(), () -> {
            snapshots.requestRecompute(kind, start);
            try {
                runId = context.jobs().start(RecomputeJob.ID);
            } catch (IllegalStateException running) {
                // A run is going already: it takes this request too before it ends.
                runId = context.jobs().latest(RecomputeJob.ID).map(JobRunInfo::runId).orElse(0L);
            }
            go.setEnabled(false);
            progress.setVisible(true);
            follow();
        }));
        getFooter().add(cancel, go);
    }

    private void follow() {
        UI ui = UI.getCurrent();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> context.jobs().status(runId).ifPresent(this::show));
        addDetachListener(detach -> stopPolling(ui));
    }

    private void show(JobRunInfo run) {
        if (run.total() > 0) {
            progress.setValue(Math.min(1.0, run.done() / (double) run.total()));
        } else {
            progress.setIndeterminate(true);
        }
        status.setText(getTranslation("scorecard.recompute.progress", run.done(), run.total()));
        if (run.state().isFinished()) {
            getUI().ifPresent(this::stopPolling);
            Feedback.success(this, "scorecard.recompute.done." + run.state().name());
            close();
            done.run();
        }
    }

    private void stopPolling(UI ui) {
        if (polling != null) {
            polling.remove();
            polling = null;
            ui.setPollInterval(-1);
        }
    }
}
