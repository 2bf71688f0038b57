package dev.rapport.plugin.service.ui.admin;

import static dev.rapport.plugin.service.ui.Labels.LABELS;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The team queues: name, department, manager, how requests are assigned, and the hourly rate of cost to serve. */
final class QueueAdmin extends VerticalLayout {

    private final PluginContext context;
    private final QueueService queues;
    private final Grid<Queue> grid = new Grid<>();

    QueueAdmin(PluginContext context, QueueService queues) {
        this.context = context;
        this.queues = queues;
        setPadding(false);
        setSizeFull();
        Formats formats = Formats.current();
        grid.setId("admin-queues");
        grid.addColumn(Queue::name).setHeader(getTranslation("service.admin.name")).setFlexGrow(2);
        grid.addColumn(queue -> context.staff().department(queue.departmentId()).map(Department::name).orElse(""))
                .setHeader(getTranslation("service.admin.department"));
        grid.addColumn(queue -> LABELS.of(this, queue.assignment())).setHeader(getTranslation("service.admin.assignment"));
        grid.addColumn(queue -> formats.money(queue.hourlyRate(), queue.currency()))
                .setHeader(getTranslation("service.admin.hourlyRate"));
        grid.addComponentColumn(queue -> new HorizontalLayout(
                new Button(getTranslation("service.admin.edit"), click -> edit(queue)),
                AdminForms.deleteButton(this, () -> AdminForms.confirmDelete(this, queue.name(),
                        () -> queues.delete(queue.id()), this::refresh))));
        Button create = new Button(getTranslation("service.admin.newQueue"), VaadinIcon.PLUS.create(),
                click -> edit(new Queue(0, "", 0, null, AssignmentMode.MANUAL, new BigDecimal("60.00"), "EUR", 0)));
        create.setId("admin-new-queue");
        add(create, grid);
        expand(grid);
        refresh();
    }

    private void edit(Queue queue) {
        TextField name = new TextField(getTranslation("service.admin.name"));
        name.setId("queue-name");
        name.setValue(queue.name());
        name.setMaxLength(100);
        Select<Department> department = new Select<>();
        department.setLabel(getTranslation("service.admin.department"));
        List<Department> departments = context.staff().departments();
        department.setItems(departments);
        department.setItemLabelGenerator(Department::name);
        departments.stream().filter(d -> d.id() == queue.departmentId()).findFirst().ifPresent(department::setValue);
        ComboBox<UserInfo> manager = new ComboBox<>(getTranslation("service.admin.manager"));
        List<UserInfo> users = context.staff().activeUsers();
        manager.setItems(users);
        manager.setItemLabelGenerator(UserInfo::displayName);
        users.stream().filter(u -> queue.managerUserId() != null && u.id() == queue.managerUserId()).findFirst()
                .ifPresent(manager::setValue);
        Select<AssignmentMode> assignment = new Select<>();
        assignment.setLabel(getTranslation("service.admin.assignment"));
        assignment.setItems(AssignmentMode.values());
        assignment.setItemLabelGenerator(LABELS.generator(this));
        assignment.setValue(queue.assignment());
        BigDecimalField rate = new BigDecimalField(getTranslation("service.admin.hourlyRate"));
        rate.setValue(queue.hourlyRate());
        TextField currency = new TextField(getTranslation("service.admin.currency"));
        currency.setValue(queue.currency());
        currency.setMaxLength(3);
        FormLayout form = new FormLayout(name, department, manager, assignment, rate, currency);
        AdminForms.dialog(this, queue.id() == 0 ? "service.admin.newQueue" : "service.admin.editQueue", form,
                Map.of("name", name, "department", department, "assignment", assignment, "hourlyRate", rate,
                        "currency", currency),
                () -> queues.save(new Queue(queue.id(), name.getValue(), Optional.ofNullable(department.getValue())
                        .map(Department::id).orElse(0L), Optional.ofNullable(manager.getValue()).map(UserInfo::id)
                        .orElse(null), assignment.getValue(), rate.getValue(), currency.getValue().strip()
                        .toUpperCase(java.util.Locale.ROOT), queue.version()),
                        queue.id() == 0 ? List.of() : queues.members(queue.id())),
                this::refresh);
    }

    private void refresh() {
        grid.setItems(queues.all());
    }
}
