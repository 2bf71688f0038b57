package dev.rapport.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One run of an installation's {@code bin/rapport}: its console (standard output and error, also kept in
 * {@code console-<n>.log} of the installation), its address once it runs, and the ways it can end.
 */
final class RapportProcess {

    private static final String RUNNING = "Rapport CRM is running at ";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final List<String> console = new ArrayList<>();
    private final CompletableFuture<URI> url = new CompletableFuture<>();
    private final CompletableFuture<String> awaited = new CompletableFuture<>();
    private final String awaitedLine;
    private final Set<ProcessHandle> children = new HashSet<>();
    private final Thread consoleReader;

    private RapportProcess(Process process, Path log, String awaitedLine) {
        this.process = process;
        this.awaitedLine = awaitedLine;
        this.consoleReader = Thread.ofPlatform().daemon().name("console-" + process.pid()).start(() -> readConsole(log));
    }

    /**
     * Starts {@code bin/rapport} in {@code home} and waits until its console shows a line containing
     * {@code awaitedLine} ({@code null}: until it says it runs).
     */
    static RapportProcess start(Path home, Map<String, String> settings, String awaitedLine) {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/rapport").toString())
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("RAPPORT_"));
        builder.environment().putAll(settings);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        try {
            Path log = home.resolve("console-" + System.nanoTime() + ".log");
            RapportProcess started = new RapportProcess(builder.start(), log, awaitedLine);
            started.awaitRunning();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + home.resolve("bin/rapport"), e);
        }
    }

    /** Where the web server listens. */
    URI url() {
        return url.join();
    }

    /** What the process printed so far. */
    List<String> console() {
        synchronized (console) {
            return List.copyOf(console);
        }
    }

    /** SIGKILL, as a crash or a power loss would end it: no shutdown hook runs. */
    void kill() throws InterruptedException {
        rememberChildren();
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * SIGTERM, as Ctrl+C or a service manager would; waits up to {@code timeout} for the process to end.
     *
     * @return how long it took
     * @throws AssertionError if it is still running after {@code timeout}
     */
    Duration stop(Duration timeout) throws InterruptedException {
        rememberChildren();
        long started = System.nanoTime();
        // Through the handle: Process.destroy() would also close the pipe of the console, losing the stop's lines.
        process.toHandle().destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Rapport did not stop within " + timeout + "; its console:\n"
                    + String.join("\n", console()));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        consoleReader.join(Duration.ofSeconds(10));
        return took;
    }

    /** The database server (and anything else) it started, still running after the process ended. */
    Set<ProcessHandle> orphans() {
        rememberChildren();
        return children.stream().filter(ProcessHandle::isAlive).collect(java.util.stream.Collectors.toSet());
    }

    void killWithDescendants() {
        rememberChildren();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }

    private void rememberChildren() {
        process.descendants().forEach(children::add);
    }

    private void awaitRunning() {
        try {
            (awaitedLine == null ? url : awaited).get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            rememberChildren();
        } catch (TimeoutException | ExecutionException e) {
            killWithDescendants();
            throw new AssertionError("Rapport did not get to " + (awaitedLine == null ? "run" : "'" + awaitedLine + "'")
                    + " within " + START_TIMEOUT + "; its console:\n"
                    + String.join("\n", console()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private void readConsole(Path log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
             Writer file = Files.newBufferedWriter(log, StandardOpenOption.CREATE_NEW)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                synchronized (console) {
                    console.add(line);
                }
                file.write(line + "\n");
                file.flush();
                if (line.startsWith(RUNNING)) {
                    url.complete(URI.create(line.substring(RUNNING.length()).strip()));
                }
                if (awaitedLine != null && line.contains(awaitedLine)) {
                    awaited.complete(line);
                }
            }
        } catch (IOException e) {
            url.completeExceptionally(e);
        }
        IllegalStateException ended = new IllegalStateException("Rapport ended with exit code "
                + process.onExit().join().exitValue());
        url.completeExceptionally(ended);
        awaited.completeExceptionally(ended);
    }
}
