package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.calendar.ui.CalendarDialogs;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import dev.rapport.platform.task.ui.TaskDialogs;
import dev.rapport.platform.task.ui.TaskGrid;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.web.Notifications;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.task.TaskInfo;
import java.time.LocalDate;
import java.util.List;

/** The customer's open tasks on the 360° view: create one, complete one (logging the contact with it). */
final class CustomerTasksPanel extends VerticalLayout {

    private final TaskService tasks;
    private final UserDirectory users;
    private final DepartmentDirectory departments;
    private final Actor actor;
    private final TaskGrid grid;
    private final Runnable onChange;
    private final ModuleAccess modules;
    private long customerId;

    CustomerTasksPanel(TaskService tasks, AppointmentService appointments, CustomerService customers, UserDirectory users, DepartmentDirectory departments,
                       ModuleAccess modules, Formats formats, Actor actor, Runnable onChange) {
        this.tasks = tasks;
        this.modules = modules;
        this.users = users;
        this.departments = departments;
        this.actor = actor;
        this.onChange = onChange;
        setSizeFull();
        setPadding(false);
        grid = new TaskGrid("customer-tasks", customers, formats, LocalDate.now(formats.zone()),
                List.of(new TaskGrid.Action("complete-task", "task.complete", this::openCompletion)));
        Button create = new Button(getTranslation("task.new"), VaadinIcon.PLUS.create(), click -> openNewTask());
        create.setId("new-customer-task");
        Button plan = new Button(getTranslation("calendar.plan"), VaadinIcon.CALENDAR_CLOCK.create(),
                click -> openPlanning(appointments, formats));
        plan.setId("plan-appointment");
        add(new HorizontalLayout(create, plan), grid);
        expand(grid);
    }

    void show(long customer) {
        this.customerId = customer;
        grid.setItems(tasks.openForCustomer(customer, modules.visibleTaskSources(actor)));
    }

    private void openNewTask() {
        TaskDialogs.newTask(customerId, users.activeUsers(), departments.all(), users.find(actor.userId()).orElse(null),
                task -> {
                    try {
                        tasks.create(task, "kernel", actor);
                        show(customerId);
                        return List.of();
                    } catch (ValidationException e) {
                        return e.errors();
                    }
                }).open();
    }

    private void openPlanning(AppointmentService appointments, Formats formats) {
        CalendarDialogs.plan(customerId, actor.userId(), formats.zone(), draft -> {
            try {
                appointments.plan(draft, actor);
                Notifications.success(getTranslation("calendar.planned", draft.subject()));
                return List.of();
            } catch (ValidationException e) {
                return e.errors();
            }
        }).open();
    }

    private void openCompletion(TaskInfo task) {
        TaskDialogs.complete(task, completion -> {
            try {
                tasks.complete(task.id(), completion, actor);
                Notifications.success(getTranslation("task.completed", task.title()));
                show(customerId);
                onChange.run();
                return List.of();
            } catch (ValidationException e) {
                return e.errors();
            }
        }).open();
    }
}
