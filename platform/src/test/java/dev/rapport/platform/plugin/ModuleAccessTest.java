package dev.rapport.platform.plugin;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A plugin's tasks are shown only to users whose departments use the plugin: {@link ModuleAccess#visibleTaskSources}
 * chosen the way My work and the customer's task list choose it, through the real {@code TaskService} queries.
 */
class ModuleAccessTest {

    private final Kernel kernel = new Kernel();
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);
    private final ModuleAccess modules = new ModuleAccess(kernel.dsl, kernel.audit);
    private final String plugin = unique("tasks-plugin-");
    private final long sales = departmentId("sales");
    private final long service = departmentId("service");

    private long departmentId(String code) {
        return kernel.departments.findByCode(code).orElseThrow().id();
    }

    private TaskInfo task(String source, Long customerId, Long assigneeId, Long queueId) {
        return kernel.tasks.create(new NewTask(unique(source + " task "), null, customerId, null, null, assigneeId, queueId),
                source, administrator);
    }

    /** What My work shows {@code viewer}: their own open tasks and those in their departments' queues. */
    private List<Long> myWorkOf(Actor viewer) {
        Set<String> sources = modules.visibleTaskSources(viewer);
        return java.util.stream.Stream.concat(
                kernel.tasks.openAssignedTo(viewer.userId(), sources, null, 100).stream(),
                kernel.tasks.openInQueues(viewer.departmentIds(), sources, null, 100).stream())
                .map(TaskInfo::id).toList();
    }

    /** What the customer's task list shows {@code viewer}. */
    private List<Long> customerTasksShownTo(Customer customer, Actor viewer) {
        return kernel.tasks.openForCustomer(customer.id(), modules.visibleTaskSources(viewer)).stream()
                .map(TaskInfo::id).toList();
    }

    @Test
    void aPluginsTasksAreShownOnlyToUsersOfItsDepartmentsAndAppearOnceTheirDepartmentUsesIt() {
        Actor salesAgent = kernel.newActor(Role.AGENT, "sales");
        Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
        Customer customer = kernel.customers.create(person("Tia", unique("Tasks")), administrator);
        modules.setDepartments(plugin, Set.of(service), administrator);
        TaskInfo kernelTaskForSales = task("kernel", customer.id(), salesAgent.userId(), null);
        TaskInfo pluginTaskForSales = task(plugin, customer.id(), salesAgent.userId(), null);
        TaskInfo pluginTaskInSalesQueue = task(plugin, null, null, sales);
        TaskInfo pluginTaskForService = task(plugin, customer.id(), serviceAgent.userId(), null);
        TaskInfo pluginTaskInServiceQueue = task(plugin, null, null, service);

        assertThat(modules.visibleTaskSources(salesAgent)).contains("kernel").doesNotContain(plugin);
        assertThat(modules.visibleTaskSources(serviceAgent)).contains("kernel", plugin);
        assertThat(myWorkOf(salesAgent)).contains(kernelTaskForSales.id())
                .doesNotContain(pluginTaskForSales.id(), pluginTaskInSalesQueue.id());
        assertThat(myWorkOf(serviceAgent)).contains(pluginTaskForService.id(), pluginTaskInServiceQueue.id());
        assertThat(customerTasksShownTo(customer, salesAgent)).containsExactly(kernelTaskForSales.id());
        assertThat(customerTasksShownTo(customer, serviceAgent))
                .containsExactlyInAnyOrder(kernelTaskForSales.id(), pluginTaskForSales.id(), pluginTaskForService.id());
        // Administrators see every task, whatever their departments.
        assertThat(modules.visibleTaskSources(administrator)).isNull();
        assertThat(customerTasksShownTo(customer, administrator)).hasSize(3);

        // The same ModuleAccess, no restart: the change counts from the next query.
        modules.setDepartments(plugin, Set.of(service, sales), administrator);

        assertThat(modules.visibleTaskSources(salesAgent)).contains("kernel", plugin);
        assertThat(myWorkOf(salesAgent))
                .contains(kernelTaskForSales.id(), pluginTaskForSales.id(), pluginTaskInSalesQueue.id())
                .doesNotContain(pluginTaskInServiceQueue.id());
        assertThat(customerTasksShownTo(customer, salesAgent)).hasSize(3);

        modules.setDepartments(plugin, Set.of(sales), administrator);

        assertThat(myWorkOf(serviceAgent)).doesNotContain(pluginTaskForService.id(), pluginTaskInServiceQueue.id());
        assertThat(customerTasksShownTo(customer, serviceAgent)).containsExactly(kernelTaskForSales.id());
    }

    @Test
    void aPluginNoDepartmentUsesShowsItsTasksToAdministratorsOnly() {
        Actor manager = kernel.newActor(Role.MANAGER, "sales", "service", "marketing");
        Customer customer = kernel.customers.create(person("Ned", unique("Nobody")), administrator);
        modules.setDepartments(plugin, Set.of(), administrator);
        TaskInfo pluginTask = task(plugin, customer.id(), manager.userId(), null);

        assertThat(customerTasksShownTo(customer, manager)).isEmpty();
        assertThat(myWorkOf(manager)).doesNotContain(pluginTask.id());
        assertThat(customerTasksShownTo(customer, administrator)).containsExactly(pluginTask.id());
    }
}
