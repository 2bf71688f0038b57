package dev.rapport.platform.task.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.User;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The two task dialogs: create a task, and complete one (optionally logging the contact it was about). */
public final class TaskDialogs {

    private TaskDialogs() {
    }

    /** Creates a task for {@code customerId} (or none); {@code save} stores it and returns the problems. */
    public static Dialog newTask(Long customerId, List<User> users, List<Department> departments, User me,
                                 Function<NewTask, List<FieldError>> save) {
        Dialog dialog = new Dialog();
        dialog.setId("task-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("task.new"));
        TextField title = new TextField(dialog.getTranslation("task.title"));
        title.setId("task-title");
        title.setMaxLength(TaskService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(dialog.getTranslation("task.description"));
        description.setId("task-description");
        description.setMaxLength(TaskService.MAX_TEXT);
        DatePicker due = new DatePicker(dialog.getTranslation("task.due"));
        due.setId("task-due");
        Select<TaskPriority> priority = new Select<>();
        priority.setLabel(dialog.getTranslation("task.priority"));
        priority.setItems(TaskPriority.values());
        priority.setItemLabelGenerator(EnumLabels.of(dialog));
        priority.setValue(TaskPriority.NORMAL);
        RadioButtonGroup<String> target = new RadioButtonGroup<>(dialog.getTranslation("task.assignTo"));
        target.setId("task-target");
        target.setItems("person", "queue");
        target.setItemLabelGenerator(value -> dialog.getTranslation("task.target." + value));
        target.setValue("person");
        ComboBox<User> assignee = new ComboBox<>(dialog.getTranslation("task.assignee"));
        assignee.setId("task-assignee");
        assignee.setItems(users);
        assignee.setItemLabelGenerator(User::displayName);
        assignee.setValue(me);
        ComboBox<Department> department = new ComboBox<>(dialog.getTranslation("task.department"));
        department.setId("task-department");
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        department.setVisible(false);
        target.addValueChangeListener(event -> {
            assignee.setVisible("person".equals(event.getValue()));
            department.setVisible("queue".equals(event.getValue()));
        });
        FormLayout form = new FormLayout(title, due, priority, target, assignee, department, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        dialog.add(form);
        Map<String, HasValidation> fields = Map.of("title", title, "description", description,
                "assigneeUserId", assignee, "departmentId", department, "customerId", title);
        Button saveButton = new Button(dialog.getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            boolean queue = "queue".equals(target.getValue());
            NewTask task = new NewTask(title.getValue(), description.getValue(), customerId, due.getValue(),
                    priority.getValue(), queue || assignee.getValue() == null ? null : assignee.getValue().id(),
                    !queue || department.getValue() == null ? null : department.getValue().id());
            List<FieldError> errors = save.apply(task);
            showErrors(dialog, fields, errors, queue ? department : assignee);
            if (errors.isEmpty()) {
                dialog.close();
            }
        });
        saveButton.setId("task-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), click -> dialog.close()), saveButton);
        return dialog;
    }

    /** Completes {@code task}; with a customer, the contact can be logged in the same step. */
    public static Dialog complete(TaskInfo task, Function<TaskService.Completion, List<FieldError>> save) {
        Dialog dialog = new Dialog();
        dialog.setId("complete-task-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("task.completeTitle", task.title()));
        TextArea note = new TextArea(dialog.getTranslation("task.note"));
        note.setId("complete-task-note");
        note.setMaxLength(TaskService.MAX_TEXT);
        note.setWidthFull();
        Checkbox logContact = new Checkbox(dialog.getTranslation("task.logContact"));
        logContact.setId("complete-task-log");
        Select<Channel> channel = new Select<>();
        channel.setLabel(dialog.getTranslation("interaction.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(EnumLabels.of(dialog));
        channel.setValue(Channel.PHONE);
        Select<Outcome> outcome = new Select<>();
        outcome.setLabel(dialog.getTranslation("interaction.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(EnumLabels.of(dialog));
        outcome.setValue(Outcome.COMPLETED);
        FormLayout contact = new FormLayout(channel, outcome);
        contact.setVisible(false);
        logContact.setVisible(task.customerId() != null);
        logContact.setValue(task.customerId() != null);
        contact.setVisible(task.customerId() != null);
        logContact.addValueChangeListener(event -> contact.setVisible(event.getValue()));
        dialog.add(note, logContact, contact);
        Button done = new Button(dialog.getTranslation("task.complete"), click -> {
            InteractionDraft interaction = task.customerId() != null && logContact.getValue()
                    ? new InteractionDraft(task.customerId(), null, channel.getValue(), Direction.OUTBOUND, task.title(),
                            note.getValue(), outcome.getValue(), Instant.now(), "kernel")
                    : null;
            List<FieldError> errors = save.apply(new TaskService.Completion(note.getValue(), interaction));
            showErrors(dialog, Map.of("note", note), errors, note);
            if (errors.isEmpty()) {
                dialog.close();
            }
        });
        done.setId("complete-task-save");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("form.cancel"), click -> dialog.close()), done);
        return dialog;
    }

    private static void showErrors(Dialog dialog, Map<String, HasValidation> fields, List<FieldError> errors,
                                   HasValidation fallback) {
        for (FieldError error : errors) {
            HasValidation field = fields.getOrDefault(error.field(), fallback);
            field.setErrorMessage(dialog.getTranslation(error.messageKey(), error.arguments().toArray()));
            field.setInvalid(true);
        }
    }
}
