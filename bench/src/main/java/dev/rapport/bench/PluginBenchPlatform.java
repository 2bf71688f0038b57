package dev.rapport.bench;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.plugin.ClassPathPlugin;
import dev.rapport.platform.plugin.PluginHost;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The platform in the bench's JVM with one plugin loaded from its build output ({@code plugins/<id>/target/classes},
 * as the test kit loads it), its embedded database under {@code home}, no demo data. The plugin's jar must not be on
 * the class path beside its classes (its changelog would be found twice).
 */
final class PluginBenchPlatform {

    private PluginBenchPlatform() {
    }

    /** Starts it and checks that the plugin started; {@code settings} go over the defaults. */
    static RapportPlatform start(Path home, String pluginId, Map<String, String> settings) throws IOException {
        Path classes = Path.of("plugins", pluginId, "target", "classes").toAbsolutePath();
        Path folder = home.resolve("plugins").resolve(pluginId);
        Files.createDirectories(folder);
        Files.copy(classes.resolve("plugin.properties"), folder.resolve("plugin.properties"),
                StandardCopyOption.REPLACE_EXISTING);
        Map<String, String> all = new HashMap<>(Map.of("data.dir", home.resolve("data").toString(),
                "plugins.dir", home.resolve("plugins").toString(), "plugins.watch", "false",
                "plugins.allow.unsigned", "true", "demo.enabled", "false"));
        all.putAll(settings);
        RapportPlatform platform = RapportPlatform.startInProcess(RapportConfig.of(home, all),
                new RapportPlatform.InProcess(List.of(new ClassPathPlugin(folder, classes)), Optional::empty));
        PluginHost.PluginStatus status = platform.services().require(PluginHost.class).plugins().stream()
                .filter(plugin -> plugin.id().equals(pluginId)).findFirst().orElse(null);
        if (status == null || status.state() != PluginHost.State.STARTED) {
            platform.close();
            throw new IllegalStateException("The " + pluginId + " plugin did not start ("
                    + (status == null ? "not loaded" : status.state() + ": " + status.error()) + "); are its classes ("
                    + classes + ") on the class path, and its jar not?");
        }
        return platform;
    }
}
