package dev.rapport.platform.testing;

import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.EmbeddedDatabase;
import dev.rapport.platform.persistence.LibraryDefaults;
import dev.rapport.platform.persistence.SchemaMigrator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One embedded MariaDB per test JVM, with the kernel schema applied once. Tests share it and make their
 * own data unique (or clean what they create); starting a server per test class would cost seconds each.
 */
public final class TestDatabase {

    private static Database database;
    private static EmbeddedDatabase server;

    private TestDatabase() {
    }

    public static synchronized Database get() {
        if (database == null) {
            LibraryDefaults.apply();
            Path directory = Path.of("target", "test-mariadb").toAbsolutePath();
            freshDataDirectory(directory);
            server = EmbeddedDatabase.start(directory, 0, 128);
            database = new Database(server.connectionSettings(), 8);
            new SchemaMigrator(database.dataSource()).migrateKernel();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                database.close();
                server.close();
            }, "test-mariadb-stop"));
        }
        return database;
    }

    /** Every test run starts from an empty database; the unpacked server binaries are kept (unpacking costs seconds). */
    private static void freshDataDirectory(Path directory) {
        try {
            Path data = directory.resolve("data");
            if (Files.exists(data)) {
                try (Stream<Path> paths = Files.walk(data)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.deleteIfExists(directory.resolve("credentials.properties"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear the test database in " + directory, e);
        }
    }

    /** The folder where test kernels store documents (beside the test database, removed by a clean build). */
    public static Path documentsFolder() {
        return Path.of("target", "test-documents").toAbsolutePath();
    }

    public static EmbeddedDatabase server() {
        get();
        return server;
    }
}
