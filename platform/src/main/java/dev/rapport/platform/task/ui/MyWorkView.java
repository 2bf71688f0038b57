package dev.rapport.platform.task.ui;

import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.task.TaskInfo;
import java.time.LocalDate;
import java.util.List;

/** "My work": the user's open tasks by due date, and the department queues to take tasks from. */
@Route(value = "my-work", layout = MainLayout.class)
public class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    private final TaskService tasks;
    private final UserDirectory users;
    private final DepartmentDirectory departments;
    private final Actor actor = WebSession.actor();
    private final Formats formats = WebSession.formats();
    private final TaskGrid mine;
    private final TaskGrid queue;
    private final MultiSelectComboBox<Department> queues = new MultiSelectComboBox<>();
    private final ModuleAccess modules;

    public MyWorkView(TaskService tasks, CustomerService customers, UserDirectory users, DepartmentDirectory departments,
                      ModuleAccess modules) {
        this.tasks = tasks;
        this.modules = modules;
        this.users = users;
        this.departments = departments;
        setSizeFull();
        LocalDate today = LocalDate.now(formats.zone());
        mine = new TaskGrid("my-tasks", customers, formats, today,
                List.of(new TaskGrid.Action("complete-task", "task.complete", this::openCompletion)));
        queue = new TaskGrid("queue-tasks", customers, formats, today,
                List.of(new TaskGrid.Action("take-task", "task.take", this::take)));
        queues.setId("queue-departments");
        queues.setPlaceholder(getTranslation("task.queues"));
        queues.setAriaLabel(getTranslation("task.queues"));
        queues.setItems(departments.all());
        queues.setItemLabelGenerator(Department::name);
        queues.setValue(departments.all().stream()
                .filter(department -> actor.has(Role.ADMINISTRATOR) || actor.departmentIds().contains(department.id()))
                .collect(java.util.stream.Collectors.toSet()));
        queues.addValueChangeListener(event -> reloadQueue());
        VerticalLayout queueTab = new VerticalLayout(queues, queue);
        queueTab.setSizeFull();
        queueTab.setPadding(false);
        queueTab.expand(queue);

        H2 title = new H2(getTranslation("task.myWork"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button create = new Button(getTranslation("task.new"), VaadinIcon.PLUS.create(), click -> openNewTask());
        create.setId("new-task");
        HorizontalLayout header = new HorizontalLayout(title, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        TabSheet sheet = new TabSheet();
        sheet.setSizeFull();
        sheet.add(getTranslation("task.assignedToMe"), mine);
        sheet.add(getTranslation("task.inQueues"), queueTab);
        add(header, sheet);
        expand(sheet);
        reload();
    }

    private void reload() {
        var sources = modules.visibleTaskSources(actor);
        KeysetPager<TaskInfo> pager = new KeysetPager<>((after, limit) ->
                tasks.openAssignedTo(actor.userId(), sources, after, limit));
        mine.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
        reloadQueue();
    }

    private void reloadQueue() {
        List<Long> ids = queues.getValue().stream().map(Department::id).toList();
        var sources = modules.visibleTaskSources(actor);
        KeysetPager<TaskInfo> pager = new KeysetPager<>((after, limit) -> tasks.openInQueues(ids, sources, after, limit));
        queue.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
    }

    private void openCompletion(TaskInfo task) {
        TaskDialogs.complete(task, completion -> {
            try {
                tasks.complete(task.id(), completion, actor);
                Notifications.success(getTranslation("task.completed", task.title()));
                reload();
                return List.of();
            } catch (ValidationException e) {
                return e.errors();
            }
        }).open();
    }

    private void take(TaskInfo task) {
        try {
            tasks.assignTo(task.id(), actor.userId(), actor);
            Notifications.success(getTranslation("task.taken", task.title()));
        } catch (ValidationException e) {
            Notifications.error(getTranslation(e.errors().getFirst().messageKey()));
        } catch (dev.rapport.sdk.error.AccessDeniedException e) {
            Notifications.error(getTranslation("error.accessDenied"));
        }
        reload();
    }

    private void openNewTask() {
        TaskDialogs.newTask(null, users.activeUsers(), departments.all(), users.find(actor.userId()).orElse(null), task -> {
            try {
                tasks.create(task, "kernel", actor);
                reload();
                return List.of();
            } catch (ValidationException e) {
                return e.errors();
            }
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.myWork") + " · " + getTranslation("app.name");
    }
}
