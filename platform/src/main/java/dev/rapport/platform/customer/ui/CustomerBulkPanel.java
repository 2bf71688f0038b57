package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import dev.rapport.platform.customer.bulk.BulkChange;
import dev.rapport.platform.customer.bulk.BulkOutcome;
import dev.rapport.platform.customer.bulk.CustomerBulkRuns;
import dev.rapport.platform.customer.bulk.CustomerSelection;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.job.JobRunInfo;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The customer list's actions on the selected customers: assign an owner, add or remove a tag, change the stage,
 * delete (after a confirmation naming how many). A small selection is changed while the user waits; a large one runs
 * in the background with a progress dialog and a cancel button. Every outcome ends in a summary of what was changed
 * and of what was refused, and why.
 */
final class CustomerBulkPanel extends HorizontalLayout {

    private static final int POLL_MILLIS = 500;

    /** The selection and how to describe its size ("12", "10,000+"). */
    record Target(CustomerSelection selection, String size) {
    }

    private final CustomerBulkRuns runs;
    private final UserDirectory users;
    private final Supplier<Target> target;
    private final Runnable afterChange;
    private final Span selected = new Span();

    CustomerBulkPanel(CustomerBulkRuns runs, UserDirectory users, Supplier<Target> target, Runnable afterChange) {
        this.runs = runs;
        this.users = users;
        this.target = target;
        this.afterChange = afterChange;
        setId("bulk-actions");
        setAlignItems(FlexComponent.Alignment.CENTER);
        selected.setId("bulk-selected");
        add(selected,
                button("bulk-assign-owner", "customers.bulk.assignOwner", this::askOwner),
                button("bulk-add-tag", "customers.bulk.addTag", () -> askTag(true)),
                button("bulk-remove-tag", "customers.bulk.removeTag", () -> askTag(false)),
                button("bulk-change-stage", "customers.bulk.changeStage", this::askStage),
                button("bulk-delete", "customers.bulk.delete", this::confirmDelete));
    }

    /** Shows how many customers are selected. */
    void describe(String size) {
        selected.setText(getTranslation("customers.bulk.selected", size));
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if ("bulk-delete".equals(id)) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return button;
    }

    private void askOwner() {
        ComboBox<User> owner = new ComboBox<>(getTranslation("customer.owner"));
        owner.setId("bulk-owner");
        owner.setItems(users.activeUsers());
        owner.setItemLabelGenerator(User::displayName);
        owner.setClearButtonVisible(true);
        owner.setPlaceholder(getTranslation("customers.bulk.nobody"));
        ask("customers.bulk.assignOwner", owner, () -> new BulkChange.AssignOwner(
                owner.getValue() == null ? null : owner.getValue().id()));
    }

    private void askTag(boolean add) {
        TextField tag = new TextField(getTranslation("customers.bulk.tag"));
        tag.setId("bulk-tag");
        tag.setRequired(true);
        ask(add ? "customers.bulk.addTag" : "customers.bulk.removeTag", tag, () -> {
            if (tag.getValue().isBlank()) {
                tag.setErrorMessage(getTranslation("validation.required"));
                tag.setInvalid(true);
                return null;
            }
            return add ? new BulkChange.AddTag(tag.getValue()) : new BulkChange.RemoveTag(tag.getValue());
        });
    }

    private void askStage() {
        Select<LifecycleStage> stage = new Select<>();
        stage.setLabel(getTranslation("customer.stage"));
        stage.setId("bulk-stage");
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(EnumLabels.of(this));
        stage.setValue(LifecycleStage.CUSTOMER);
        ask("customers.bulk.changeStage", stage, () -> new BulkChange.ChangeStage(stage.getValue()));
    }

    /** A dialog with one field; {@code change} returns null while the field is not valid. */
    private void ask(String titleKey, Component field, Supplier<BulkChange> change) {
        Target current = target.get();
        Dialog dialog = new Dialog();
        dialog.setId("bulk-dialog");
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.add(new Paragraph(getTranslation("customers.bulk.applies", current.size())), field);
        Button apply = new Button(getTranslation("customers.bulk.apply"), click -> {
            BulkChange value = change.get();
            if (value != null) {
                dialog.close();
                start(current.selection(), value);
            }
        });
        apply.setId("bulk-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("form.cancel"), click -> dialog.close()), apply);
        dialog.open();
    }

    private void confirmDelete() {
        Target current = target.get();
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("customers.bulk.deleteTitle", current.size()),
                getTranslation("customers.bulk.deleteText", current.size()), getTranslation("customers.bulk.delete"),
                event -> start(current.selection(), new BulkChange.Delete()));
        confirm.setId("bulk-delete-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.open();
    }

    private void start(CustomerSelection selection, BulkChange change) {
        switch (runs.start(selection, change, WebSession.actor())) {
            case CustomerBulkRuns.Finished finished -> finish(finished.outcome());
            case CustomerBulkRuns.InBackground background -> follow(background.runId());
        }
    }

    /** A progress dialog for a background run, polled until the run ends. */
    private void follow(long runId) {
        Dialog dialog = new Dialog();
        dialog.setId("bulk-progress");
        dialog.setHeaderTitle(getTranslation("customers.bulk.running"));
        dialog.setCloseOnOutsideClick(false);
        ProgressBar bar = new ProgressBar();
        bar.setIndeterminate(true);
        Span done = new Span();
        done.setId("bulk-progress-done");
        Button cancel = new Button(getTranslation("customers.bulk.cancel"), click -> {
            runs.cancel(runId);
            click.getSource().setEnabled(false);
        });
        cancel.setId("bulk-cancel");
        dialog.add(bar, done);
        dialog.getFooter().add(cancel);
        dialog.open();
        getUI().ifPresent(ui -> {
            ui.setPollInterval(POLL_MILLIS);
            Registration[] polling = new Registration[1];
            polling[0] = ui.addPollListener(poll -> runs.run(runId).ifPresent(run -> {
                show(run, bar, done);
                if (run.state().isFinished()) {
                    polling[0].remove();
                    ui.setPollInterval(-1);
                    dialog.close();
                    runs.takeOutcome(runId).ifPresentOrElse(this::finish,
                            () -> Notifications.error(getTranslation("customers.bulk.failed")));
                }
            }));
        });
    }

    private void show(JobRunInfo run, ProgressBar bar, Span done) {
        bar.setIndeterminate(run.total() == 0);
        if (run.total() > 0) {
            bar.setValue(Math.min(1.0, (double) run.done() / run.total()));
        }
        done.setText(getTranslation("customers.bulk.progress", run.done(), run.total() == 0 ? "…" : run.total()));
    }

    private void finish(BulkOutcome outcome) {
        afterChange.run();
        String summary = getTranslation(outcome.cancelled() ? "customers.bulk.doneCancelled" : "customers.bulk.done",
                outcome.changed(), outcome.unchanged(), outcome.refused().size());
        if (outcome.refused().isEmpty()) {
            Notifications.success(summary);
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("bulk-outcome");
        dialog.setHeaderTitle(getTranslation("customers.bulk.outcome"));
        dialog.add(new Paragraph(summary));
        outcome.refused().stream()
                .collect(Collectors.groupingBy(BulkOutcome.Refusal::reason, Collectors.counting()))
                .forEach((reason, count) -> dialog.add(new Paragraph(getTranslation("customers.bulk.refused."
                        + reason.name(), count))));
        outcome.refused().stream().limit(20).forEach(refusal -> dialog.add(new Paragraph(
                (refusal.displayName().isEmpty() ? "#" + refusal.customerId() : refusal.displayName()) + ": "
                        + getTranslation("customers.bulk.reason." + refusal.reason().name()))));
        Button close = new Button(getTranslation("customers.bulk.close"), click -> dialog.close());
        close.setId("bulk-outcome-close");
        dialog.getFooter().add(close);
        dialog.open();
    }
}
