package dev.rapport.platform.plugin;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.plugin.PluginPermissions.Decision;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pf4j.PluginRuntimeException;

/**
 * Who has a plugin's permission: administrators always; otherwise the role's default or a department's grant,
 * unless one of the user's departments had it withdrawn. Decisions are stored per department and audited.
 */
class PluginPermissionsTest {

    private final Kernel kernel = new Kernel();
    private final PluginPermissions permissions = new PluginPermissions(kernel.dsl, kernel.audit);
    private final String plugin = unique("perm-");
    private final String close = plugin + ".close-request";
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);

    private long department(String code) {
        return kernel.departments.findByCode(code).orElseThrow().id();
    }

    private void declareCloseForManagers() {
        permissions.add(plugin, List.of(new PluginPermission(close, "label", Set.of(Role.MANAGER))));
    }

    @Test
    void theRoleDefaultAppliesToThatRoleAndStrongerOnesWhereNoDepartmentDecided() {
        declareCloseForManagers();

        assertThat(permissions.has(kernel.newActor(Role.MANAGER, "sales"), close)).isTrue();
        assertThat(permissions.has(kernel.newActor(Role.AGENT, "sales"), close)).isFalse();
        assertThat(permissions.has(kernel.newActor(Role.READ_ONLY), close)).isFalse();
        assertThat(permissions.has(administrator, close)).isTrue();
        assertThat(permissions.has(kernel.newActor(Role.MANAGER, "sales"), plugin + ".undeclared")).isFalse();
    }

    @Test
    void aDepartmentGrantAddsAndAWithdrawalRemovesWhateverTheRole() {
        declareCloseForManagers();
        Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
        Actor salesAgent = kernel.newActor(Role.AGENT, "sales");
        Actor serviceManager = kernel.newActor(Role.MANAGER, "service");
        Actor serviceAndSalesManager = kernel.newActor(Role.MANAGER, "service", "sales");

        permissions.decide(plugin, close, department("service"), Decision.GRANTED, administrator);

        assertThat(permissions.has(serviceAgent, close)).isTrue();
        assertThat(permissions.has(salesAgent, close)).isFalse();

        permissions.decide(plugin, close, department("sales"), Decision.WITHDRAWN, administrator);

        assertThat(permissions.has(kernel.newActor(Role.MANAGER, "sales"), close)).isFalse();
        assertThat(permissions.has(serviceManager, close)).isTrue();
        assertThat(permissions.has(serviceAndSalesManager, close)).as("a withdrawal wins over a grant").isFalse();
        assertThat(permissions.has(kernel.newActor(Role.ADMINISTRATOR, "sales"), close)).isTrue();
        assertThat(permissions.decisions(plugin).get(close))
                .containsEntry(department("service"), true).containsEntry(department("sales"), false);

        permissions.decide(plugin, close, department("sales"), Decision.DEFAULT, administrator);

        assertThat(permissions.has(kernel.newActor(Role.MANAGER, "sales"), close)).isTrue();
        assertThat(kernel.dsl.select(AUDIT_ENTRY.DETAILS).from(AUDIT_ENTRY).where(AUDIT_ENTRY.SUBJECT_ID.eq(plugin))
                .and(AUDIT_ENTRY.ACTION.eq("PLUGIN_PERMISSION_CHANGED")).orderBy(AUDIT_ENTRY.ID).fetch(AUDIT_ENTRY.DETAILS))
                .containsExactly(close + " for department " + department("service") + ": DEFAULT → GRANTED",
                        close + " for department " + department("sales") + ": DEFAULT → WITHDRAWN",
                        close + " for department " + department("sales") + ": WITHDRAWN → DEFAULT");
    }

    @Test
    void onlyAdministratorsDecide() {
        declareCloseForManagers();

        assertThatThrownBy(() -> permissions.decide(plugin, close, department("sales"), Decision.GRANTED,
                kernel.newActor(Role.MANAGER, "sales"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aKeyOutsideThePluginsNamespaceOrDeclaredTwiceIsRefusedAtRegistration() {
        assertThatThrownBy(() -> permissions.add(plugin, List.of(new PluginPermission("service.close", "l", Set.of()))))
                .isInstanceOf(PluginRuntimeException.class).hasMessageContaining("must start with the plugin id");
        assertThatThrownBy(() -> permissions.add(plugin, List.of(new PluginPermission(close, "l", Set.of()),
                new PluginPermission(close, "l", Set.of())))).isInstanceOf(PluginRuntimeException.class);
        assertThatThrownBy(() -> permissions.requireForView(plugin, Object.class, close))
                .as("a route cannot require an undeclared permission").isInstanceOf(PluginRuntimeException.class);
        assertThat(permissions.of(plugin)).isEmpty();
    }

    @Test
    void aStoppedPluginsPermissionsAndRouteRequirementsAreGone() {
        declareCloseForManagers();
        permissions.requireForView(plugin, String.class, close);
        assertThat(permissions.requiredFor(String.class)).contains(close);

        permissions.removeOwnedBy(plugin);

        assertThat(permissions.requiredFor(String.class)).isEmpty();
        assertThat(permissions.has(kernel.newActor(Role.MANAGER, "sales"), close)).isFalse();
    }
}
