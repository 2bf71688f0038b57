package dev.rapport.plugin.fieldservice.ui.technician;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.fieldservice.technician.Absence;
import dev.rapport.plugin.fieldservice.technician.TechnicianChange;
import dev.rapport.plugin.fieldservice.technician.TechnicianService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

/**
 * A technician's absences from a week ago on (times in the user's time zone), a form to add one and a delete that
 * asks first; below, the latest changes of the technician's profile and absences (the audit trail).
 */
final class AbsencesPanel extends VerticalLayout {

    private static final int SHOWN = 50;

    private final PluginContext context;
    private final TechnicianService technicians;
    private final long userId;
    private final Formats formats = Formats.current();
    private final Grid<Absence> absences = new Grid<>();
    private final Grid<TechnicianChange> changes = new Grid<>();

    AbsencesPanel(PluginContext context, TechnicianService technicians, long userId, boolean manager) {
        this.context = context;
        this.technicians = technicians;
        this.userId = userId;
        setId("technician-absences");
        setPadding(false);
        absences.setId("absences-grid");
        absences.setAllRowsVisible(true);
        absences.addColumn(absence -> formats.dateTime(absence.startsAt()))
                .setHeader(getTranslation("fieldservice.absences.from"));
        absences.addColumn(absence -> formats.dateTime(absence.endsAt()))
                .setHeader(getTranslation("fieldservice.absences.until"));
        absences.addColumn(absence -> absence.reason() == null ? "" : absence.reason())
                .setHeader(getTranslation("fieldservice.absences.reason")).setFlexGrow(2);
        if (manager) {
            absences.addComponentColumn(this::deleteButton).setKey("delete").setFlexGrow(0).setAutoWidth(true);
        }
        absences.setEmptyStateText(getTranslation("fieldservice.absences.empty"));

        DateTimePicker from = new DateTimePicker(getTranslation("fieldservice.absences.from"));
        from.setId("absence-from");
        DateTimePicker until = new DateTimePicker(getTranslation("fieldservice.absences.until"));
        until.setId("absence-until");
        TextField reason = new TextField(getTranslation("fieldservice.absences.reason"));
        reason.setId("absence-reason");
        Button add = new Button(getTranslation("fieldservice.absences.add"), click -> {
            if (Feedback.attempt(this, Map.of("startsAt", from, "endsAt", until, "reason", reason),
                    () -> technicians.addAbsence(userId, instant(from.getValue()), instant(until.getValue()),
                            reason.getValue()))) {
                Feedback.success(this, "fieldservice.absences.added");
                from.clear();
                until.clear();
                reason.clear();
                refresh();
            }
        });
        add.setId("absence-add");
        HorizontalLayout form = new HorizontalLayout(from, until, reason, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(manager);

        changes.setId("technician-changes");
        changes.setAllRowsVisible(true);
        changes.addColumn(change -> formats.dateTime(change.occurredAt()))
                .setHeader(getTranslation("fieldservice.changes.when"));
        changes.addColumn(change -> change.actorUserId() == null ? getTranslation("fieldservice.changes.system")
                        : context.staff().user(change.actorUserId()).map(UserInfo::displayName)
                        .orElse("#" + change.actorUserId()))
                .setHeader(getTranslation("fieldservice.changes.who"));
        changes.addColumn(change -> getTranslation("fieldservice.changes." + change.kind()))
                .setHeader(getTranslation("fieldservice.changes.what"));
        changes.addColumn(change -> change.detail() == null ? "" : change.detail())
                .setHeader(getTranslation("fieldservice.changes.detail")).setFlexGrow(3);
        add(new H3(getTranslation("fieldservice.absences.title")), absences, form,
                new H3(getTranslation("fieldservice.changes.title")), changes);
        refresh();
    }

    private Button deleteButton(Absence absence) {
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirmation.ask(this, "absence-delete-confirm",
                "fieldservice.absences.deleteTitle", getTranslation("fieldservice.absences.deleteQuestion",
                        formats.dateTime(absence.startsAt()), formats.dateTime(absence.endsAt())),
                "fieldservice.absences.delete", () -> {
                    if (Feedback.attempt(this, Map.of(), () -> technicians.removeAbsence(absence.id()))) {
                        Feedback.success(this, "fieldservice.absences.deleted");
                    }
                    refresh();
                }));
        delete.setId("absence-delete-" + absence.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("fieldservice.absences.deleteOne", formats.dateTime(absence.startsAt())));
        return delete;
    }

    private void refresh() {
        Instant weekAgo = context.clock().instant().minus(Duration.ofDays(7));
        absences.setItems(technicians.absencesOf(userId, weekAgo, SHOWN));
        changes.setItems(technicians.changes(userId, 0, SHOWN));
    }

    private Instant instant(LocalDateTime value) {
        return value == null ? null : value.atZone(formats.zone()).toInstant();
    }
}
