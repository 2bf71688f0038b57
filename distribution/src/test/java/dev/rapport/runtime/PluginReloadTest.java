package dev.rapport.runtime;

import dev.rapport.platform.user.Actor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.PluginHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A plugin is loaded again from its file without a restart: when the file in the plugins folder is replaced
 * (the watcher notices), and when an administrator asks for it. A new class loader shows it really was. The
 * audit log records the administrator's reload; the same version loaded again is no install or update.
 */
class PluginReloadTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("PluginReloadTest", List.of(PluginZips.ACCOUNT_NOTES));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void replacingThePluginFileReloadsIt() throws IOException {
        ClassLoader before = classLoaderOfAccountNotes();
        List<String> auditBefore = Plugins.audit(platform, "account-notes");
        Path zip = platform.pluginsFolder().resolve(PluginZips.ACCOUNT_NOTES.getFileName());

        Files.setLastModifiedTime(zip, FileTime.from(Instant.now()));

        Eventually.await("account-notes loaded again after its file changed", Duration.ofSeconds(10),
                PluginReloadTest::classLoaderOfAccountNotes, loader -> loader != null && loader != before);
        assertStartedWithEveryContribution();
        assertThat(Plugins.audit(platform, "account-notes")).isEqualTo(auditBefore);
    }

    @Test
    void anAdministratorReloadsAPluginById() {
        ClassLoader before = classLoaderOfAccountNotes();
        Actor administrator = Kernel.newAdministrator(platform);

        PluginHost.PluginStatus status = platform.service(PluginHost.class).reload("account-notes", administrator);

        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(classLoaderOfAccountNotes()).isNotNull().isNotSameAs(before);
        assertStartedWithEveryContribution();
        assertThat(Plugins.audit(platform, "account-notes")).last().isEqualTo("PLUGIN_RELOADED by " + administrator.displayName());
    }

    /** The class loader of the running plugin's customer tab, or null while it has none. */
    private static ClassLoader classLoaderOfAccountNotes() {
        return platform.service(CustomerTabRegistry.class).tabs().stream()
                .filter(tab -> tab.pluginId().equals("account-notes"))
                .map(tab -> tab.tab().getClass().getClassLoader()).findFirst().orElse(null);
    }

    private static void assertStartedWithEveryContribution() {
        // A reload by the folder watcher finishes on its own thread: the tab registers just before the state turns.
        Eventually.await("account-notes started", java.time.Duration.ofSeconds(20),
                () -> Plugins.status(platform, "account-notes").state(), state -> state == PluginHost.State.STARTED);
        assertThat(Plugins.routeRegistered(platform, "account-notes")).isTrue();
        assertThat(Plugins.menuPaths(platform, "account-notes")).containsExactly("account-notes");
        assertThat(Plugins.tabLabelKeys(platform, "account-notes")).containsExactly("account-notes.tab");
        assertThat(Plugins.metricIds(platform, "account-notes")).containsExactly("account-notes/notes-written");
    }
}
