package dev.rapport.platform.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Open tasks: due date (overdue marked), priority, title, customer, where they came from, and actions. */
public final class TaskGrid extends Grid<TaskInfo> {

    /** An action button shown on every row, e.g. "Complete". */
    public record Action(String id, String labelKey, Consumer<TaskInfo> run) {
    }

    public TaskGrid(String id, CustomerService customers, Formats formats, LocalDate today, List<Action> actions) {
        setId(id);
        // The whole row of an overdue task stands out (styles.css), not only its date.
        setPartNameGenerator(task -> task.dueDate() != null && task.dueDate().isBefore(today) ? "overdue" : null);
        Map<Long, String> names = new HashMap<>();
        addComponentColumn(task -> due(task, formats, today)).setHeader(getTranslation("task.due"))
                .setWidth("10em").setFlexGrow(0).setKey("due");
        addComponentColumn(this::priority).setHeader(getTranslation("task.priority")).setWidth("8em").setFlexGrow(0)
                .setKey("priority");
        addColumn(TaskInfo::title).setHeader(getTranslation("task.title")).setFlexGrow(3).setKey("title");
        addComponentColumn(task -> task.customerId() == null ? new Span() : new Anchor("customers/" + task.customerId(),
                        names.computeIfAbsent(task.customerId(), customerId -> customers.info(customerId)
                                .map(CustomerInfo::displayName).orElse("#" + customerId))))
                .setHeader(getTranslation("task.customer")).setFlexGrow(2).setKey("customer");
        addColumn(TaskInfo::source).setHeader(getTranslation("task.source")).setAutoWidth(true).setFlexGrow(0).setKey("source");
        addComponentColumn(task -> {
            HorizontalLayout buttons = new HorizontalLayout();
            for (Action action : actions) {
                Button button = new Button(getTranslation(action.labelKey()), click -> action.run().accept(task));
                button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                button.addClassName(action.id());
                // Screen readers list the row's buttons out of context: name the task each one acts on.
                button.setAriaLabel(getTranslation(action.labelKey()) + ": " + task.title());
                buttons.add(button);
            }
            return buttons;
        }).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        setEmptyStateText(getTranslation("task.empty"));
    }

    private Component due(TaskInfo task, Formats formats, LocalDate today) {
        if (task.dueDate() == null) {
            return new Span("—");
        }
        Span due = new Span(formats.date(task.dueDate()));
        if (task.dueDate().isBefore(today)) {
            due.addClassName("overdue");
            due.setTitle(getTranslation("task.overdue"));
        }
        return due;
    }

    private Component priority(TaskInfo task) {
        Badge badge = new Badge(getTranslation(EnumLabels.key(task.priority())));
        if (task.priority() == TaskPriority.URGENT) {
            badge.addThemeVariants(BadgeVariant.ERROR);
        } else if (task.priority() == TaskPriority.HIGH) {
            badge.addThemeVariants(BadgeVariant.WARNING);
        } else {
            badge.addThemeVariants(BadgeVariant.CONTRAST);
        }
        return badge;
    }
}
