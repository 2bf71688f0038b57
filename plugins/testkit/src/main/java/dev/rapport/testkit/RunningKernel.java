package dev.rapport.testkit;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.plugin.ClassPathPlugin;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one kernel of a test JVM: started at the first use on a fresh embedded MariaDB under
 * {@code target/rapport-testkit} (the unpacked server is kept between runs: unpacking costs seconds), with the
 * plugin under test loaded from its build output, and stopped when the JVM ends.
 */
final class RunningKernel {

    private static final Logger log = LoggerFactory.getLogger(RunningKernel.class);
    private static final String RECORDER_ID = "testkit:recorder";
    private static RunningKernel instance;

    /** Who the test signed in on this thread; the kernel asks for it outside a browser request. */
    static final ThreadLocal<Actor> SIGNED_IN = new ThreadLocal<>();

    final RapportPlatform platform;
    final PluginUnderTest plugin;
    final List<Recorded.Event> delivered = new CopyOnWriteArrayList<>();
    final long startMillis;

    private RunningKernel(RapportPlatform platform, PluginUnderTest plugin, long startMillis) {
        this.platform = platform;
        this.plugin = plugin;
        this.startMillis = startMillis;
    }

    static synchronized RunningKernel get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    private static RunningKernel start() {
        long started = System.nanoTime();
        PluginUnderTest plugin = PluginUnderTest.find(Thread.currentThread().getContextClassLoader());
        Path home = Path.of("target", "rapport-testkit").toAbsolutePath();
        Path database = home.resolve("data").resolve("mariadb");
        deleteRecursively(database.resolve("data"));
        deleteRecursively(database.resolve("credentials.properties"));
        deleteRecursively(home.resolve("plugins"));
        Path folder = plugin.folderIn(home.resolve("plugins"));
        RapportConfig config = RapportConfig.of(home, Map.of(
                "data.dir", home.resolve("data").toString(),
                "plugins.dir", home.resolve("plugins").toString(),
                "plugins.watch", "false",
                "plugins.allow.unsigned", "true",
                "demo.enabled", "false",
                "db.embedded.buffer.pool.mb", "64",
                "events.retry.pause.ms", "50"));
        RapportPlatform platform = RapportPlatform.startInProcess(config, new RapportPlatform.InProcess(
                List.of(new ClassPathPlugin(folder, plugin.classes())), () -> Optional.ofNullable(SIGNED_IN.get())));
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "testkit-kernel-stop"));
        RunningKernel kernel = new RunningKernel(platform, plugin, (System.nanoTime() - started) / 1_000_000);
        kernel.requireStarted();
        kernel.recordDeliveries();
        log.info("Test kit: kernel with plugin {} started in {} ms", plugin.id(), kernel.startMillis);
        return kernel;
    }

    ServiceRegistry services() {
        return platform.services();
    }

    PluginHost host() {
        return services().require(PluginHost.class);
    }

    PluginContext context() {
        return host().contextOf(plugin.id()).orElseThrow();
    }

    EventDispatcher dispatcher() {
        return services().require(EventDispatcher.class);
    }

    private void requireStarted() {
        PluginHost.PluginStatus status = host().plugins().stream().filter(p -> p.id().equals(plugin.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The plugin " + plugin.id() + " was not loaded from "
                        + plugin.classes() + "; see the log"));
        if (status.state() != PluginHost.State.STARTED) {
            throw new IllegalStateException("The plugin " + plugin.id() + " did not start (" + status.state() + "): "
                    + status.error());
        }
    }

    /** Every event delivered from now on, to one more listener that never fails. */
    private void recordDeliveries() {
        dispatcher().register(RECORDER_ID, "testkit", new DomainEventListener() {
            @Override
            public void onEvent(DomainEvent event, EventMetadata metadata) {
                delivered.add(new Recorded.Event(event, metadata));
            }
        });
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + path, e);
        }
    }
}
