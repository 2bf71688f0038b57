package dev.rapport.bench;

import dev.rapport.platform.config.RapportConfig;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: a new JVM runs the product's main class with the shipped plugins against the generated database
 * (already up), with the options {@code bin/rapport} gives it (heap, class data sharing archive in the
 * installation's {@code tmp/}); timed from launching the JVM until the sign-in page answers 200. Only the first
 * start of an installation runs without the archive (it writes it when it stops): the slowest start of a new
 * database shows that case.
 * The processor time the JVM used until then is reported too: unlike the wall-clock time, it hardly depends on
 * what else the machine is doing.
 */
final class ColdStartBenchmark {

    private static final Duration GIVE_UP = Duration.ofMinutes(2);
    private static final Duration POLL = Duration.ofMillis(25);

    private ColdStartBenchmark() {
    }

    static List<Figure> measure(GeneratedDatabase database, int starts) throws IOException, InterruptedException {
        if (starts == 0) {
            return List.of();
        }
        long[] wall = new long[starts];
        long[] processor = new long[starts];
        for (int i = 0; i < starts; i++) {
            Start start = startOnce(database, i + 1);
            wall[i] = start.wallNanos();
            processor[i] = start.processorNanos();
        }
        String note = "new JVM with bin/rapport's options (-Xmx1g, class data sharing archive) to HTTP 200 of /login, "
                + "shipped plugins, database already up; starts: " + starts;
        return List.of(Figure.atMost("Cold start to first page: median", LatencyStats.of(wall).p50(), "ms", 10_000, note),
                Figure.atMost("Cold start to first page: slowest", max(wall) / 1e6, "ms", 10_000, note),
                Figure.informative("Cold start: processor time used", LatencyStats.of(processor).p50(), "ms",
                        "median over the starts, all threads of the new JVM"));
    }

    private record Start(long wallNanos, long processorNanos) {
    }

    private static Start startOnce(GeneratedDatabase database, int run) throws IOException, InterruptedException {
        Path home = database.folder().resolve("home");
        Files.createDirectories(home.resolve("tmp"));
        int port = freePort();
        List<String> classPath = ShippedPlugins.classPath();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + home.resolve("tmp").resolve(archiveName(classPath)), "-Djava.awt.headless=true",
                "-Djava.io.tmpdir=" + home.resolve("tmp"), "-Drapport.home=" + home,
                "-cp", String.join(File.pathSeparator, classPath),
                "dev.rapport.platform.Application"))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("cold-start-" + run + ".log").toFile());
        Map<String, String> environment = builder.environment();
        BenchPlatform.settings(database, home, port)
                .forEach((key, value) -> environment.put(RapportConfig.environmentVariableOf(key), value));
        long started = System.nanoTime();
        Process process = builder.start();
        try {
            awaitSignInPage(process, URI.create("http://127.0.0.1:" + port + "/login"));
            long wall = System.nanoTime() - started;
            return new Start(wall, process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * The class data sharing archive, named after the class path's files as {@code bin/rapport} names it after
     * {@code lib/}: the JVM neither uses nor replaces an archive that no longer matches its class path.
     */
    private static String archiveName(List<String> classPath) throws IOException {
        StringBuilder files = new StringBuilder();
        for (String entry : classPath) {
            Path file = Path.of(entry);
            files.append(entry).append(Files.size(file)).append(Files.getLastModifiedTime(file)).append('\n');
        }
        return "rapport-" + Integer.toHexString(files.toString().hashCode()) + ".jsa";
    }

    private static void awaitSignInPage(Process process, URI signIn) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(signIn).timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited with " + process.exitValue()
                        + " before serving " + signIn + " (see cold-start-*.log)");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the server socket is not open yet
            }
            TimeUnit.NANOSECONDS.sleep(POLL.toNanos());
        }
        throw new IllegalStateException(signIn + " did not answer 200 within " + GIVE_UP.toSeconds() + " s");
    }

    private static long max(long[] values) {
        long max = 0;
        for (long value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
