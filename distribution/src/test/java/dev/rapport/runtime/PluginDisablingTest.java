package dev.rapport.runtime;

import dev.rapport.platform.user.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An administrator switches a plugin off and on while the platform runs: its contributions go and come
 * back, the decision outlives a restart (it is kept in the database), the plugin's data stays, and its
 * listener receives the events written while it was off. The audit log tells who switched it.
 */
class PluginDisablingTest {

    private static final String ACCOUNT_NOTES = "account-notes";

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("PluginDisablingTest", List.of(PluginZips.ACCOUNT_NOTES));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aDisabledPluginContributesNothingStaysOffAfterARestartAndComesBackWithItsDataAndMissedEvents() {
        User owner = Kernel.newUser(platform);
        Customer customer = Kernel.newCustomer(platform, owner.id());
        Kernel.insertNote(platform, customer.id(), "Written before the plugin was switched off");
        Actor administrator = Kernel.newAdministrator(platform);

        PluginHost.PluginStatus disabled = platform.service(PluginHost.class).disable(ACCOUNT_NOTES, administrator);

        assertThat(disabled.state()).isEqualTo(PluginHost.State.DISABLED);
        assertThat(disabled.enabled()).isFalse();
        assertContributesNothing();

        platform.restart();

        assertThat(Plugins.status(platform, ACCOUNT_NOTES).state()).isEqualTo(PluginHost.State.DISABLED);
        assertContributesNothing();
        // Its listener is off too: this event waits for it.
        Kernel.logCall(platform, customer.id(), Outcome.FOLLOW_UP_NEEDED);

        PluginHost.PluginStatus enabled = platform.service(PluginHost.class).enable(ACCOUNT_NOTES, administrator);

        assertThat(enabled.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(enabled.error()).isNull();
        assertThat(Plugins.routeRegistered(platform, ACCOUNT_NOTES)).isTrue();
        assertThat(Plugins.menuPaths(platform, ACCOUNT_NOTES)).containsExactly(ACCOUNT_NOTES);
        assertThat(Plugins.tabLabelKeys(platform, ACCOUNT_NOTES)).containsExactly("account-notes.tab");
        assertThat(Plugins.metricIds(platform, ACCOUNT_NOTES)).containsExactly("account-notes/notes-written");
        assertThat(Kernel.noteBodies(platform, customer.id())).containsExactly("Written before the plugin was switched off");
        Eventually.await("the follow-up task of the call logged while the plugin was off", Duration.ofSeconds(10),
                () -> platform.service(TaskService.class).openForCustomer(customer.id(), null), tasks -> !tasks.isEmpty());
        assertThat(Plugins.audit(platform, ACCOUNT_NOTES)).as("installed once, not again at the restart").containsExactly(
                "PLUGIN_INSTALLED by Rapport: version 1.0.0 from rapport-plugin-account-notes.zip",
                "PLUGIN_DISABLED by " + administrator.displayName(),
                "PLUGIN_ENABLED by " + administrator.displayName());
    }

    private static void assertContributesNothing() {
        assertThat(Plugins.routeRegistered(platform, ACCOUNT_NOTES)).as("route").isFalse();
        assertThat(Plugins.menuPaths(platform, ACCOUNT_NOTES)).as("menu entries").isEmpty();
        assertThat(Plugins.tabLabelKeys(platform, ACCOUNT_NOTES)).as("customer tabs").isEmpty();
        assertThat(Plugins.metricIds(platform, ACCOUNT_NOTES)).as("metrics").isEmpty();
    }
}
