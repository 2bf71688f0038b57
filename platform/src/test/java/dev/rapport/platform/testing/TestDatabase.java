package dev.rapport.platform.testing;

import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.EmbeddedDatabase;
import dev.rapport.platform.persistence.LibraryDefaults;
import dev.rapport.platform.persistence.SchemaMigrator;
import java.nio.file.Path;

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

    public static EmbeddedDatabase server() {
        get();
        return server;
    }
}
