package dev.rapport.platform.plugin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentPath;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.platform.plugin.PluginPermissions.Decision;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.web.PluginPagesInShell;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.AccessDeniedView;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.PluginRoute;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.Security;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A plugin's permissions in a signed-in session: a route declared with a required permission shows the
 * access-denied page at the same address to users without it (also when they type the address), its menu entry
 * shows only to users with it, and the SDK's
 * {@link Security} answers as the kernel decides.
 */
class PluginPermissionsUiTest {

    // One plugin per test: department decisions stay in the shared database.
    private final String plugin = unique("dispatch-");
    private final String dispatch = plugin + ".dispatch";

    /** The page that needs the permission. */
    public static class DispatchPage extends VerticalLayout {
        public DispatchPage() {
            add(new Span("Dispatch"));
        }
    }

    /** Tells that {@link DispatchPage} belongs to its plugin, as the plugin host would. */
    private final class Owner implements PluginViews {
        @Override
        public Optional<PluginClass> pluginClass(Class<?> type) {
            return type == DispatchPage.class ? Optional.of(new PluginClass(plugin, parameter -> Optional.empty()))
                    : Optional.empty();
        }

        @Override
        public void failed(String pluginId, String what, Throwable error) {
            throw new AssertionError(what, error);
        }
    }

    @RegisterExtension
    final KaribuUi ui = new KaribuUi(registry -> registry.register(PluginViews.class, new Owner()));

    private void installTheDispatchPageForManagers() {
        ui.modules().setDepartments(plugin, Set.of(department("sales"), department("service")), ui.actor());
        ui.permissions().add(plugin, List.of(new PluginPermission(dispatch, "label", Set.of(Role.MANAGER))));
        ui.permissions().requireForView(plugin, DispatchPage.class, dispatch);
        ui.routes().register(plugin, List.of(new PluginRouteRegistrar.Route(plugin, DispatchPage.class)));
    }

    private long department(String code) {
        return ui.kernel().departments.findByCode(code).orElseThrow().id();
    }

    private Security security() {
        return new SdkSecurity(new PluginActor(plugin, WebSession::currentActor), ui.kernel().users,
                ui.kernel().departments, ui.permissions());
    }

    private static boolean showsTheDispatchPage() {
        return !_find(DispatchPage.class).isEmpty();
    }

    @Test
    void aRouteNeedingAPermissionShowsAccessDeniedAtTheSameAddressToUsersWithoutIt() {
        installTheDispatchPageForManagers();
        ui.actAs(ui.kernel().newActor(Role.AGENT, "service"));

        ui.open(plugin);

        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(showsTheDispatchPage()).isFalse();
        assertThat(getCurrentPath()).isEqualTo(plugin);

        ui.permissions().decide(plugin, dispatch, department("service"), Decision.GRANTED,
                ui.kernel().newActor(Role.ADMINISTRATOR));
        ui.open(plugin);

        assertThat(showsTheDispatchPage()).isTrue();
    }

    @Test
    void theRoleDefaultOpensTheRouteUntilTheDepartmentHasThePermissionWithdrawn() {
        installTheDispatchPageForManagers();
        ui.actAs(ui.kernel().newActor(Role.MANAGER, "sales"));

        ui.open(plugin);
        assertThat(showsTheDispatchPage()).isTrue();

        ui.permissions().decide(plugin, dispatch, department("sales"), Decision.WITHDRAWN,
                ui.kernel().newActor(Role.ADMINISTRATOR));
        ui.open(plugin);

        assertThat(_find(AccessDeniedView.class)).hasSize(1);
        assertThat(showsTheDispatchPage()).isFalse();
    }

    @Test
    void theSdksSecurityChecksThePermissionOfTheSessionsUser() {
        installTheDispatchPageForManagers();
        ui.actAs(ui.kernel().newActor(Role.AGENT, "sales"));
        Security security = security();

        assertThat(security.hasPermission(dispatch)).isFalse();
        assertThatThrownBy(() -> security.requirePermission(dispatch, "dispatch a technician"))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("may not dispatch a technician");

        ui.actAs(ui.kernel().newActor(Role.MANAGER, "sales"));

        assertThat(security.hasPermission(dispatch)).isTrue();
        security.requirePermission(dispatch, "dispatch a technician");
    }

    private static List<String> menuPaths() {
        MockVaadin.clientRoundtrip(false);
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    @Test
    void theMenuEntryOfARouteNeedingAPermissionShowsOnlyToUsersWithIt() {
        ui.modules().setDepartments(plugin, Set.of(department("sales")), ui.actor());
        ui.permissions().add(plugin, List.of(new PluginPermission(dispatch, "label", Set.of(Role.MANAGER))));
        new PluginPagesInShell(ui.navigation(), ui.routes()).add(plugin,
                List.of(new PluginRoute(plugin, DispatchPage.class).requiring(dispatch)),
                List.of(new MenuItem("nav.products", "vaadin:cog", plugin, 100, null)));

        ui.actAs(ui.kernel().newActor(Role.AGENT, "sales"));
        ui.open("customers");
        assertThat(menuPaths()).contains("customers").doesNotContain(plugin);

        ui.permissions().decide(plugin, dispatch, department("sales"), Decision.GRANTED,
                ui.kernel().newActor(Role.ADMINISTRATOR));
        assertThat(menuPaths()).as("the open menu follows the decision").contains(plugin);
    }

    @Test
    void administratorsAlwaysHaveThePermission() {
        installTheDispatchPageForManagers();
        ui.permissions().decide(plugin, dispatch, department("sales"), Decision.WITHDRAWN, ui.actor());
        ui.actAs(ui.kernel().newActor(Role.ADMINISTRATOR, "sales"));

        ui.open(plugin);

        assertThat(showsTheDispatchPage()).isTrue();
        assertThat(security().hasPermission(dispatch)).isTrue();
    }
}
