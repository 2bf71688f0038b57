package dev.rapport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One application node of a cluster as an operator runs it: the built installation ({@code target/rapport}) started by
 * its own {@code bin/rapport} in a process of its own, with a home of its own (its {@code bin/} and {@code conf/}
 * copied, {@code lib/} shared through a symbolic link, its own {@code plugins/}, {@code logs/} and {@code tmp/}) and its
 * settings in {@code RAPPORT_*} environment variables. Its console goes to {@code console.log} in its home.
 */
final class ClusterNode implements AutoCloseable {

    private static final Path INSTALLATION = Path.of("target", "rapport").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String id;
    private final Path home;
    private final int port;
    private final Map<String, String> environment;
    private Process process;

    private ClusterNode(String id, Path home, int port, Map<String, String> environment) {
        this.id = id;
        this.home = home;
        this.port = port;
        this.environment = environment;
    }

    /**
     * Lays out the node's home under {@code home} with {@code pluginZips} in its plugins folder.
     *
     * @param settings configuration keys (e.g. {@code db.url}) and their values, given as environment variables
     */
    static ClusterNode prepare(String id, Path home, int port, List<Path> pluginZips, Map<String, String> settings)
            throws IOException {
        RapportServer.deleteRecursively(home);
        for (String folder : List.of("bin", "conf")) {
            Path target = Files.createDirectories(home.resolve(folder));
            try (var files = Files.list(INSTALLATION.resolve(folder))) {
                for (Path file : files.toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.createSymbolicLink(home.resolve("lib"), INSTALLATION.resolve("lib"));
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        for (Path zip : pluginZips) {
            Files.copy(zip, plugins.resolve(zip.getFileName()));
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("RAPPORT_JAVA_OPTS", "-Xmx512m -XX:TieredStopAtLevel=1");
        environment.put("RAPPORT_NODE_ID", id);
        environment.put("RAPPORT_HTTP_HOST", "127.0.0.1");
        environment.put("RAPPORT_HTTP_PORT", String.valueOf(port));
        settings.forEach((key, value) -> environment.put("RAPPORT_" + key.toUpperCase().replace('.', '_'), value));
        return new ClusterNode(id, home, port, environment);
    }

    String id() {
        return id;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the node's process; {@link #awaitReady} waits until it serves. */
    synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(id + " runs already");
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("rapport").toString())
                .directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().keySet().removeIf(key -> key.startsWith("RAPPORT_"));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits until {@code /health/ready} answers 200; fails when the process ended or the time ran out. */
    void awaitReady() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(id + " ended with " + process.exitValue() + ": " + consoleTail());
                }
                try {
                    HttpResponse<Void> ready = client.send(HttpRequest.newBuilder(url().resolve("health/ready"))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // the web server starts after the database and the plugins
                }
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException(id + " not ready after " + START_TIMEOUT + ": " + consoleTail());
    }

    /** {@code kill -9} of the node's process: no shutdown hook runs, nothing is flushed or released. */
    synchronized void kill() throws IOException, InterruptedException {
        Process killer = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
        if (killer.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + process.pid() + " (" + id + ") failed");
        }
        process.waitFor();
    }

    /** Asks the node to stop as Ctrl+C would; {@link #close} waits for it. */
    synchronized void requestStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /**
     * Stops the node as Ctrl+C would, or kills it when it has not ended within 10 s (after stopping, the JVM writes
     * its class data sharing archive, which takes long on a busy machine and is of no use to a test).
     */
    @Override
    public synchronized void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(home.resolve("console.log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
