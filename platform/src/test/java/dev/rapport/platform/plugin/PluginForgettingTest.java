package dev.rapport.platform.plugin;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.plugin.PluginPermissions.Decision;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.security.PluginPermission;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Uninstalling a plugin with its data makes the kernel forget the departments' decisions about it (its settings
 * values, its permission grants and withdrawals), so a reinstallation starts from the defaults; another plugin's
 * decisions stay. An uninstallation that keeps the data does not forget (the installer calls this only with it).
 */
class PluginForgettingTest {

    private final Kernel kernel = new Kernel();
    private final PluginStateStore states = new PluginStateStore(kernel.dsl, kernel.clock, true);
    private final PluginPermissions permissions = new PluginPermissions(kernel.dsl, kernel.audit);
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);

    @Test
    void forgettingAPluginRemovesItsSettingsAndItsDepartmentsPermissionDecisionsButNoOtherPlugins() {
        String removed = unique("gone-");
        String kept = unique("kept-");
        long sales = kernel.departments.findByCode("sales").orElseThrow().id();
        for (String plugin : List.of(removed, kept)) {
            states.enablePlugin(plugin);
            new DatabasePluginSettings(kernel.dsl, plugin).put("threshold", "70");
            permissions.add(plugin, List.of(new PluginPermission(plugin + ".close", "Close", Set.of(Role.MANAGER))));
            permissions.decide(plugin, plugin + ".close", sales, Decision.GRANTED, administrator);
        }
        Actor salesAgent = kernel.newActor(Role.AGENT, "sales");
        assertThat(permissions.has(salesAgent, removed + ".close")).isTrue();

        states.forget(removed);

        assertThat(new DatabasePluginSettings(kernel.dsl, removed).all()).isEmpty();
        assertThat(permissions.decisions(removed)).isEmpty();
        assertThat(permissions.has(salesAgent, removed + ".close")).as("back to the role default").isFalse();
        assertThat(new DatabasePluginSettings(kernel.dsl, kept).all()).isEqualTo(Map.of("threshold", "70"));
        assertThat(permissions.decisions(kept)).isNotEmpty();
    }
}
