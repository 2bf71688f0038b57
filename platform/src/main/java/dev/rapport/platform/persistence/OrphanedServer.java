package dev.rapport.platform.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that an earlier run of the platform started on the same data directory and could not stop:
 * killed with SIGKILL or cut off by a power failure of the JVM alone, the JVM runs no shutdown code, and the
 * server, its child process, lives on and holds the data directory, so a new server cannot start on it. Found by
 * the pid file the server keeps in its data directory (removed when it stops normally) and stopped the way an
 * administrator would: SIGTERM, which lets it write its buffers and close its files, then SIGKILL if it does not
 * end in time (InnoDB recovers from that at the next start).
 */
final class OrphanedServer {

    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);
    private static final Duration ORDERLY_STOP = Duration.ofSeconds(60);

    private OrphanedServer() {
    }

    /**
     * Stops the servers still running on {@code dataDirectory}. Call it only while holding the installation's lock
     * (see {@link EmbeddedDatabase}): a server of a platform that is running is never an orphan.
     */
    static void stopAll(Path dataDirectory) {
        for (ProcessHandle server : find(dataDirectory)) {
            log.warn("The database server (pid {}) of an earlier run that was not stopped (killed, or the machine lost "
                    + "power) still runs on {}; stopping it", server.pid(), dataDirectory);
            stop(server);
        }
    }

    /** The live server processes named by the pid files in {@code dataDirectory} that run on that directory. */
    static List<ProcessHandle> find(Path dataDirectory) {
        if (!Files.isDirectory(dataDirectory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dataDirectory)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".pid"))
                    .flatMap(file -> pidIn(file).flatMap(ProcessHandle::of).stream())
                    .filter(process -> process.isAlive() && runsOn(process, dataDirectory))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look for a server left running on " + dataDirectory, e);
        }
    }

    private static Optional<Long> pidIn(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A pid is reused after its process ended: only a MariaDB server whose command line names the directory counts. */
    private static boolean runsOn(ProcessHandle process, Path dataDirectory) {
        String commandLine = process.info().commandLine().orElse("");
        return (commandLine.contains("mysqld") || commandLine.contains("mariadbd"))
                && (commandLine.contains(dataDirectory.toString()) || commandLine.contains(realPath(dataDirectory)));
    }

    private static String realPath(Path directory) {
        try {
            return directory.toRealPath().toString();
        } catch (IOException e) {
            return directory.toString();
        }
    }

    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(ORDERLY_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("The database server (pid {}) did not stop within {} s; killing it", server.pid(),
                    ORDERLY_STOP.toSeconds());
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the database server " + server.pid(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Waiting for the database server " + server.pid() + " failed", e);
        }
    }
}
