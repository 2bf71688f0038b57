package dev.rapport.bench;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.ClassPathPlugin;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The product as it runs, inside the bench's JVM: {@link RapportPlatform} with the shipped plugins against the
 * generated database, so every measured call goes through the same services, pool and dispatcher as in use.
 */
final class BenchPlatform implements AutoCloseable {

    private static final String PLUGIN_PROPERTIES = "plugin.properties";

    private final RapportPlatform platform;

    private BenchPlatform(RapportPlatform platform) {
        this.platform = platform;
    }

    static BenchPlatform start(GeneratedDatabase database) {
        return start(database, Map.of());
    }

    /** As {@link #start(GeneratedDatabase)}, with {@code overrides} over the bench's settings. */
    static BenchPlatform start(GeneratedDatabase database, Map<String, String> overrides) {
        Path home = database.folder().resolve("home");
        Map<String, String> settings = settings(database, home, 0);
        settings.putAll(overrides);
        return new BenchPlatform(RapportPlatform.start(RapportConfig.of(home, settings)));
    }

    /**
     * As {@link #start(GeneratedDatabase)}, with the plugin of {@code pluginClass} loaded from the application's class
     * path (its build output or its jar in {@code lib/}) instead of a zip, so that the bench calls the plugin's own
     * services with the same classes; outside a browser request the demo user {@code actingUsername} acts (the plugin's
     * permission checks then see a user as in the product).
     */
    static BenchPlatform startWithPlugin(GeneratedDatabase database, String pluginId, Class<?> pluginClass,
                                         String actingUsername) {
        Path home = database.folder().resolve("home-" + pluginId);
        Map<String, String> settings = settings(database, home, 0);
        Path classes = codeSource(pluginClass);
        Path folder = Path.of(settings.get("plugins.dir")).resolve(pluginId);
        copyPluginProperties(classes, folder);
        AtomicReference<Optional<Actor>> acting = new AtomicReference<>(Optional.empty());
        RapportPlatform platform = RapportPlatform.startInProcess(RapportConfig.of(home, settings),
                new RapportPlatform.InProcess(List.of(new ClassPathPlugin(folder, classes)), acting::get));
        acting.set(platform.services().require(UserDirectory.class).findByUsername(actingUsername).map(Actor::of));
        return new BenchPlatform(platform);
    }

    private static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(type + " was not loaded from a file", e);
        }
    }

    /** The plugin's descriptor, from its build output or the root of its jar, where the runtime looks for it. */
    private static void copyPluginProperties(Path classes, Path folder) {
        try {
            Files.createDirectories(folder);
            if (Files.isDirectory(classes)) {
                Files.copy(classes.resolve(PLUGIN_PROPERTIES), folder.resolve(PLUGIN_PROPERTIES),
                        StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            try (FileSystem jar = FileSystems.newFileSystem(classes)) {
                Files.copy(jar.getPath(PLUGIN_PROPERTIES), folder.resolve(PLUGIN_PROPERTIES),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy the plugin descriptor of " + classes, e);
        }
    }

    /** The configuration of a platform on the generated database (environment variables take the same keys). */
    static Map<String, String> settings(GeneratedDatabase database, Path home, int httpPort) {
        Database.ConnectionSettings connection = database.connectionSettings();
        Map<String, String> settings = new HashMap<>();
        settings.put("db.url", connection.url());
        settings.put("db.user", connection.user());
        settings.put("db.password", connection.password());
        settings.put("http.host", "127.0.0.1");
        settings.put("http.port", String.valueOf(httpPort));
        settings.put("plugins.dir", ShippedPlugins.copyTo(home.resolve("plugins")).toString());
        // The shipped plugins are unsigned, and a platform on a database server loads only signed plugin files.
        settings.put("plugins.allow.unsigned", "true");
        // The webhook benchmark's receiver listens on this machine's loopback address.
        settings.put("webhooks.allow.private.addresses", "true");
        return settings;
    }

    /** The address of the platform's web server (UI and REST API) on the loopback interface. */
    URI url() {
        return platform.url();
    }

    <T> T service(Class<T> type) {
        return platform.services().require(type);
    }

    /** What plugin {@code pluginId} provided (or a service of its context), as its views and extensions get it. */
    <T> T pluginService(String pluginId, Class<T> type) {
        return service(PluginHost.class).constructorArgument(pluginId, type).orElseThrow(() -> new IllegalStateException(
                "Plugin " + pluginId + " provides no " + type.getSimpleName() + ": did it start?"));
    }

    @Override
    public void close() {
        platform.close();
    }
}
