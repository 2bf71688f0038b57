package dev.rapport.platform.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.web.Formats;
import dev.rapport.sdk.task.TaskInfo;
import java.time.LocalDate;
import java.util.List;

/**
 * Tasks as a short list: each a link to where it is worked (the customer's 360° view, where its tasks are listed,
 * or "My work" for a task without a customer), its due date, overdue ones marked in the error colour and in words.
 */
final class TaskList extends Div {

    /** @param emptyText what an empty list says; null: nothing (the card shows something else) */
    TaskList(String id, List<TaskInfo> tasks, LocalDate today, Formats formats, String emptyText) {
        setId(id);
        if (tasks.isEmpty() && emptyText != null) {
            add(new Paragraph(emptyText));
        }
        for (TaskInfo task : tasks) {
            Anchor link = HomeCardFrame.link(task.customerId() == null ? "my-work" : "customers/" + task.customerId(),
                    task.title());
            link.setId(id + "-" + task.id());
            Div row = new Div(link);
            row.addClassName("home-task");
            row.addClassNames(LumoUtility.Padding.Vertical.XSMALL);
            if (task.dueDate() != null) {
                Span due = new Span(" · " + formats.date(task.dueDate()));
                due.addClassName(LumoUtility.TextColor.SECONDARY);
                if (task.dueDate().isBefore(today)) {
                    due.setText(" · " + getTranslation("home.tasks.overdueSince", formats.date(task.dueDate())));
                    due.removeClassName(LumoUtility.TextColor.SECONDARY);
                    due.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
                    row.addClassName("overdue");
                }
                row.add(due);
            }
            add(row);
        }
    }
}
