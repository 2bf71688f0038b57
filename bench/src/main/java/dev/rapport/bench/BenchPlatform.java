package dev.rapport.bench;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.persistence.Database;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The product as it runs, inside the bench's JVM: {@link RapportPlatform} with the shipped plugins against the
 * generated database, so every measured call goes through the same services, pool and dispatcher as in use.
 */
final class BenchPlatform implements AutoCloseable {

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

    @Override
    public void close() {
        platform.close();
    }
}
