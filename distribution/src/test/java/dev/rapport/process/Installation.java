package dev.rapport.process;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A Rapport installation of its own for a process test: the built product ({@code target/rapport}) with its
 * {@code bin/} and {@code conf/} copied, its jars linked, and only the given plugins, in a fresh folder under
 * {@code target/process-tests}. Started by its {@code bin/rapport} as a separate process, on free ports, so that
 * a test can kill it like an operating system or an administrator would.
 */
final class Installation implements AutoCloseable {

    private static final Path BUILT = Path.of("target", "rapport").toAbsolutePath();
    private static final Path TESTS = Path.of("target", "process-tests").toAbsolutePath();

    private final Path home;
    private final int databasePort;
    private final Map<String, String> settings = new HashMap<>();
    private final List<RapportProcess> processes = new ArrayList<>();

    private Installation(Path home, int databasePort) {
        this.home = home;
        this.databasePort = databasePort;
        settings.put("RAPPORT_HTTP_HOST", "127.0.0.1");
        settings.put("RAPPORT_HTTP_PORT", "0");
        settings.put("RAPPORT_DB_EMBEDDED_PORT", Integer.toString(databasePort));
        settings.put("RAPPORT_DB_EMBEDDED_BUFFER_POOL_MB", "64");
        settings.put("RAPPORT_PLUGINS_WATCH", "false");
        settings.put("RAPPORT_PUBLIC_REQUESTS_PER_MINUTE", "1000000");
        settings.put("RAPPORT_JAVA_OPTS", "-Xmx512m");
    }

    /** A new installation named after {@code name} with {@code plugins} (zips) in its {@code plugins/} folder. */
    static Installation fresh(String name, Path... plugins) {
        if (!Files.isExecutable(BUILT.resolve("bin/rapport"))) {
            throw new IllegalStateException(BUILT + " is not built: the process tests run after `package`");
        }
        Path home = TESTS.resolve(name + "-" + System.currentTimeMillis());
        try {
            Files.createDirectories(home.resolve("lib"));
            Files.createDirectories(home.resolve("plugins"));
            copyFolder(BUILT.resolve("bin"), home.resolve("bin"));
            copyFolder(BUILT.resolve("conf"), home.resolve("conf"));
            if (Files.isDirectory(BUILT.resolve("marketplace"))) {
                copyFolder(BUILT.resolve("marketplace"), home.resolve("marketplace"));
            }
            try (Stream<Path> jars = Files.list(BUILT.resolve("lib"))) {
                for (Path jar : jars.toList()) {
                    Files.createSymbolicLink(home.resolve("lib").resolve(jar.getFileName()), jar);
                }
            }
            for (Path plugin : plugins) {
                Files.copy(plugin, home.resolve("plugins").resolve(plugin.getFileName()));
            }
            return new Installation(home, freePort());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the installation " + home, e);
        }
    }

    /** Sets a configuration key for every later start, as an environment variable ({@code RAPPORT_...}). */
    Installation with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    Path home() {
        return home;
    }

    /** Starts {@code bin/rapport} and waits until it says it is running. */
    RapportProcess start() {
        return startUntil(null);
    }

    /** Starts {@code bin/rapport} and waits until its console shows a line containing {@code line}. */
    RapportProcess startUntil(String line) {
        RapportProcess process = RapportProcess.start(home, settings, line);
        processes.add(process);
        return process;
    }

    /** A connection to the installation's embedded database as its application user. */
    Connection database() throws SQLException {
        Properties credentials = new Properties();
        try (Reader reader = Files.newBufferedReader(home.resolve("data/mariadb/credentials.properties"))) {
            credentials.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + databasePort + "/rapport?sslMode=disable",
                credentials.getProperty("user"), credentials.getProperty("password"));
    }

    /** Kills whatever a test left running: its processes and the database servers they started. */
    @Override
    public void close() {
        processes.forEach(RapportProcess::killWithDescendants);
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
