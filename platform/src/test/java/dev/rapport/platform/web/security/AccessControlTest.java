package dev.rapport.platform.web.security;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.ui.UsersView;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.platform.plugin.PluginViews;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.CustomerTab;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Who sees what, decided on every navigation: a plugin's menu entry, page and customer tab only for the
 * departments that use it; administrators' pages only for administrators, at the same address otherwise
 * the access-denied page; a changed role counts from the next navigation.
 */
class AccessControlTest {

    private static final String PLUGIN = unique("module-");

    /** The page of the plugin. */
    public static class ModulePage extends VerticalLayout {
        public ModulePage() {
            add(new Span("The module's page"));
        }
    }

    /** Tells that {@link ModulePage} belongs to {@link #PLUGIN}, as the plugin host would. */
    private static final class ModulePageOwner implements PluginViews {
        @Override
        public Optional<PluginClass> pluginClass(Class<?> type) {
            return type == ModulePage.class ? Optional.of(new PluginClass(PLUGIN, parameter -> Optional.empty()))
                    : Optional.empty();
        }

        @Override
        public void failed(String pluginId, String what, Throwable error) {
            throw new AssertionError("The module's page failed: " + what, error);
        }
    }

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(PluginViews.class, new ModulePageOwner()));

    private void installTheModuleUsedOnlyBy(Set<Long> departments) {
        ui.modules().setDepartments(PLUGIN, departments, ui.actor());
        ui.routes().register(PLUGIN, List.of(new PluginRouteRegistrar.Route(PLUGIN, ModulePage.class)));
        ui.navigation().add(new NavigationRegistry.MenuEntry(PLUGIN + ".page", "nav.products", "vaadin:cog", PLUGIN,
                100, PLUGIN, null));
        ui.pluginTabs().add(PLUGIN, new CustomerTab() {
            @Override
            public String labelKey() {
                return "nav.myWork";
            }

            @Override
            public Component createContent(CustomerInfo customer) {
                return new Span("The module's tab");
            }
        });
    }

    private long departmentId(String code) {
        return ui.kernel().departments.findByCode(code).orElseThrow().id();
    }

    private static List<String> menuPaths() {
        MockVaadin.clientRoundtrip(false);
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    private static List<String> tabLabels() {
        return _find(Tab.class).stream().map(Tab::getLabel).toList();
    }

    private static boolean showsTheModulesPage() {
        return !_find(ModulePage.class).isEmpty();
    }

    @Test
    void aModuleOnlyOtherDepartmentsUseShowsNeitherMenuEntryNorPageNorTabUntilTheirDepartmentUsesIt() {
        Actor administrator = ui.actor();
        Customer customer = ui.kernel().customers.create(person("Mo", unique("Module")), administrator);
        installTheModuleUsedOnlyBy(Set.of(departmentId("service")));
        ui.actAs(ui.kernel().newActor(Role.AGENT, "sales"));

        ui.open("customers");
        assertThat(menuPaths()).contains("customers").doesNotContain(PLUGIN);
        ui.open(PLUGIN);
        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(showsTheModulesPage()).isFalse();
        assertThat(getCurrentPath()).isEqualTo(PLUGIN);
        ui.open("customers/" + customer.id());
        assertThat(tabLabels()).contains("Timeline").doesNotContain("My work");

        ui.modules().setDepartments(PLUGIN, Set.of(departmentId("service"), departmentId("sales")), administrator);

        ui.open("customers");
        assertThat(menuPaths()).contains(PLUGIN);
        ui.open(PLUGIN);
        assertThat(showsTheModulesPage()).isTrue();
        assertThat(_find(AccessDeniedView.class)).isEmpty();
        ui.open("customers/" + customer.id());
        assertThat(tabLabels()).contains("My work");
    }

    @SuppressWarnings("unchecked")
    private static List<String> taskTitlesIn(String gridId) {
        return _findAll((Grid<TaskInfo>) _get(Grid.class, spec -> spec.withId(gridId))).stream().map(TaskInfo::title)
                .toList();
    }

    /** The tasks on the tab labelled {@code tabLabel} (a tab sheet attaches only the selected tab's content). */
    private static List<String> taskTitlesOnTab(String tabLabel, String gridId) {
        _get(TabSheet.class).setSelectedTab(_get(Tab.class, spec -> spec.withLabel(tabLabel)));
        return taskTitlesIn(gridId);
    }

    @Test
    void aModulesTasksShowInMyWorkAndOnTheCustomerOnlyOnceTheirDepartmentUsesIt() {
        Actor administrator = ui.actor();
        Customer customer = ui.kernel().customers.create(person("Tom", unique("Tasks")), administrator);
        installTheModuleUsedOnlyBy(Set.of(departmentId("service")));
        Actor agent = ui.kernel().newActor(Role.AGENT, "sales");
        String kernelTask = unique("Kernel task ");
        String modulesTask = unique("Module's task ");
        String modulesQueuedTask = unique("Module's queued task ");
        ui.kernel().tasks.create(new NewTask(kernelTask, null, customer.id(), null, null, agent.userId(), null),
                "kernel", administrator);
        ui.kernel().tasks.create(new NewTask(modulesTask, null, customer.id(), null, null, agent.userId(), null),
                PLUGIN, administrator);
        ui.kernel().tasks.create(new NewTask(modulesQueuedTask, null, null, null, null, null, departmentId("sales")),
                PLUGIN, administrator);
        ui.actAs(agent);

        ui.open("my-work");
        assertThat(taskTitlesOnTab("Assigned to me", "my-tasks")).containsExactly(kernelTask);
        assertThat(taskTitlesOnTab("Department queues", "queue-tasks")).doesNotContain(modulesQueuedTask);
        ui.open("customers/" + customer.id());
        assertThat(taskTitlesOnTab("Tasks", "customer-tasks")).containsExactly(kernelTask);

        ui.modules().setDepartments(PLUGIN, Set.of(departmentId("service"), departmentId("sales")), administrator);

        ui.open("my-work");
        assertThat(taskTitlesOnTab("Assigned to me", "my-tasks")).containsExactlyInAnyOrder(kernelTask, modulesTask);
        assertThat(taskTitlesOnTab("Department queues", "queue-tasks")).contains(modulesQueuedTask);
        ui.open("customers/" + customer.id());
        assertThat(taskTitlesOnTab("Tasks", "customer-tasks")).containsExactlyInAnyOrder(kernelTask, modulesTask);
    }

    @Test
    void administratorsSeeEveryModuleWhateverTheirDepartments() {
        installTheModuleUsedOnlyBy(Set.of(departmentId("service")));

        ui.open("customers");
        assertThat(ui.actor().departmentIds()).isEmpty();
        assertThat(menuPaths()).contains(PLUGIN);
        ui.open(PLUGIN);
        assertThat(showsTheModulesPage()).isTrue();
    }

    @Test
    void administratorsPagesShowAccessDeniedToManagersAndAgentsAtTheSameAddress() {
        for (Role role : List.of(Role.MANAGER, Role.AGENT, Role.READ_ONLY)) {
            ui.actAs(ui.kernel().newActor(role, "management"));
            for (String page : List.of("admin/users", "admin/departments", "admin/plugins", "admin/marketplace",
                    "admin/events", "admin/audit")) {
                ui.open(page);
                assertThat(_find(AccessDeniedView.class)).as("%s opening %s", role, page).hasSize(1);
                assertThat(getCurrentPath()).isEqualTo(page);
            }
            ui.open("customers");
            assertThat(menuPaths()).as("the menu of a %s", role).contains("customers").noneMatch(path -> path.startsWith("admin/"));
        }
    }

    @Test
    void aChangedRoleCountsFromTheNextNavigation() {
        Actor administrator = ui.actor();
        User agent = ui.kernel().newUser(Role.AGENT, "sales");
        ui.actAs(Actor.of(agent));
        ui.open("admin/users");
        assertThat(_find(AccessDeniedView.class)).hasSize(1);

        ui.kernel().userAdministration.update(agent.id(), agent.version(), new UserAdministration.UserDraft(
                agent.username(), agent.displayName(), agent.email(), Role.ADMINISTRATOR, agent.departmentIds(), true),
                administrator);

        ui.open("admin/users");
        assertThat(_find(AccessDeniedView.class)).isEmpty();
        assertThat(_get(UsersView.class)).isNotNull();
    }
}
