package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.interaction.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin zip copied into the running platform's plugins folder starts by itself, a newer version copied
 * over it replaces it, removing it unloads it; the audit log records each (the system did it).
 */
class PluginDropInTest {

    /** The watcher waits until the folder has been quiet for 1.5 s, then loads and starts. */
    private static final Duration WATCHER = Duration.ofSeconds(10);

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("PluginDropInTest", List.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aDroppedInPluginStartsWithoutARestartIsUpdatedByANewerFileAndLeavesWhenItsFileIsRemoved() throws IOException {
        assertThat(Plugins.find(platform, "account-notes")).isEmpty();
        Path zip = platform.pluginsFolder().resolve(PluginZips.ACCOUNT_NOTES.getFileName());

        Files.copy(PluginZips.ACCOUNT_NOTES, zip);

        Eventually.await("account-notes started from the dropped-in zip", WATCHER,
                () -> Plugins.find(platform, "account-notes").map(PluginHost.PluginStatus::state),
                state -> state.isPresent() && state.get() == PluginHost.State.STARTED);
        assertThat(Plugins.routeRegistered(platform, "account-notes")).isTrue();
        assertThat(Plugins.menuPaths(platform, "account-notes")).containsExactly("account-notes");
        assertThat(Kernel.tables(platform)).contains("ant_note");
        assertListenerWorks();
        assertThat(Plugins.audit(platform, "account-notes"))
                .containsExactly("PLUGIN_INSTALLED by Rapport: version 1.0.0 from " + zip.getFileName());

        Path nextRelease = PluginZips.withVersion(PluginZips.ACCOUNT_NOTES, "1.1.0",
                Files.createTempFile(platform.pluginsFolder().getParent(), "account-notes-", ".next"));
        Files.move(nextRelease, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

        Eventually.await("account-notes 1.1.0 started from the replaced zip", WATCHER,
                () -> Plugins.find(platform, "account-notes"),
                plugin -> plugin.isPresent() && plugin.get().version().equals("1.1.0")
                        && plugin.get().state() == PluginHost.State.STARTED);
        assertThat(Plugins.audit(platform, "account-notes")).containsExactly(
                "PLUGIN_INSTALLED by Rapport: version 1.0.0 from " + zip.getFileName(),
                "PLUGIN_UPDATED by Rapport: version: 1.0.0 → 1.1.0");

        Files.delete(zip);

        Eventually.await("account-notes unloaded after its zip was removed", WATCHER,
                () -> Plugins.find(platform, "account-notes"), plugin -> plugin.isEmpty());
        assertThat(Plugins.routeRegistered(platform, "account-notes")).isFalse();
        assertThat(Plugins.menuPaths(platform, "account-notes")).isEmpty();
        assertThat(Plugins.tabLabelKeys(platform, "account-notes")).isEmpty();
        assertThat(Plugins.audit(platform, "account-notes")).last()
                .isEqualTo("PLUGIN_UNINSTALLED by Rapport: version 1.1.0 from " + zip.getFileName());
    }

    /** Right after the start, as a user might: an event written now must reach the new listener. */
    private static void assertListenerWorks() {
        User owner = Kernel.newUser(platform);
        Customer customer = Kernel.newCustomer(platform, owner.id());
        Kernel.logCall(platform, customer.id(), Outcome.FOLLOW_UP_NEEDED);
        Eventually.await("the dropped-in plugin's follow-up task", Duration.ofSeconds(10),
                () -> platform.service(TaskService.class).openAssignedTo(owner.id(), null, null, 10), tasks -> !tasks.isEmpty());
    }
}
