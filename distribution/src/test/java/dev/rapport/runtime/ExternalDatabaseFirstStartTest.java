package dev.rapport.runtime;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.SETUP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.it.LogCapture;
import dev.rapport.it.RapportServer;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.EmbeddedDatabase;
import dev.rapport.platform.user.SetupTokens;
import dev.rapport.platform.user.UserDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Production mode: the platform pointed at a database server it did not start ({@code db.url}, {@code db.user},
 * {@code db.password}), with demo data switched on as it is by default. Its first start creates the schema on
 * that server, seeds no demo data, creates no account and logs a one-time link to set up the first
 * administrator; once that administrator exists, a restart offers no link and still seeds nothing.
 *
 * <p>The "external" server is a MariaDB this test starts itself in a folder of its own, as an operator would
 * run one; the platform only gets its address and credentials.
 */
class ExternalDatabaseFirstStartTest {

    private static final Path SERVER_FOLDER = Path.of("target", "runtime-tests", "external-mariadb").toAbsolutePath();
    /** Where the test platforms' own embedded database would be (see {@link TestPlatform}). */
    private static final Path EMBEDDED_DATA = Path.of("target", "runtime-tests", "data", "mariadb", "data").toAbsolutePath();
    private static final Pattern SET_UP_LINK = Pattern.compile("(http://\\S+/setup\\?token=(\\S+))");

    private static EmbeddedDatabase externalServer;
    private static Database external;

    @BeforeAll
    static void startTheDatabaseServer() throws IOException {
        RapportServer.deleteRecursively(SERVER_FOLDER.resolve("data"));
        Files.deleteIfExists(SERVER_FOLDER.resolve("credentials.properties"));
        externalServer = EmbeddedDatabase.start(SERVER_FOLDER, 0, 64);
        external = new Database(externalServer.connectionSettings(), 2);
    }

    @AfterAll
    static void stopTheDatabaseServer() {
        external.close();
        externalServer.close();
    }

    private static List<Matcher> setUpLinks(List<String> log) {
        return log.stream().map(SET_UP_LINK::matcher).filter(Matcher::find).toList();
    }

    @Test
    void theFirstStartOnAnExternalDatabaseSeedsNoDemoDataCreatesNoAccountAndLogsAOneTimeSetUpLink() {
        Database.ConnectionSettings settings = externalServer.connectionSettings();
        Map<String, String> productionSettings = Map.of("db.url", settings.url(), "db.user", settings.user(),
                "db.password", settings.password(), "demo.enabled", "true", "demo.customers", "25");
        TestPlatform platform;
        List<String> firstStartLog;
        try (LogCapture log = LogCapture.of(RapportPlatform.class)) {
            platform = TestPlatform.start("ExternalDatabaseFirstStartTest", List.of(), productionSettings);
            firstStartLog = log.messages();
        }
        try {
            DSLContext db = external.dsl();
            assertThat(Files.exists(EMBEDDED_DATA)).as("an embedded database started by the platform").isFalse();
            assertThat(db.fetchCount(CUSTOMER)).as("customers").isZero();
            assertThat(db.fetchCount(INTERACTION)).as("interactions").isZero();
            assertThat(db.fetchCount(CUSTOMER_TRANSACTION)).as("transactions").isZero();
            assertThat(db.fetchCount(APP_USER)).as("accounts, demo or other").isZero();
            assertThat(firstStartLog).noneMatch(message -> message.toLowerCase().contains("demo data"));
            List<Matcher> links = setUpLinks(firstStartLog);
            assertThat(links).as("set-up links in the start-up log %s", firstStartLog).hasSize(1);
            assertThat(links.getFirst().group(1)).startsWith(platform.server().url("setup?token="));
            String token = links.getFirst().group(2);
            SetupTokens tokens = platform.service(SetupTokens.class);
            assertThat(tokens.isUsable(token)).isTrue();
            assertThat(db.fetchCount(SETUP_TOKEN)).as("set-up tokens stored on the external server").isEqualTo(1);

            tokens.createFirstAdministrator(token, "olga", "Olga Operator", "a long first password");
            List<String> restartLog;
            try (LogCapture log = LogCapture.of(RapportPlatform.class)) {
                platform.restart();
                restartLog = log.messages();
            }

            assertThat(setUpLinks(restartLog)).as("set-up links after the restart %s", restartLog).isEmpty();
            assertThat(platform.service(SetupTokens.class).isUsable(token)).isFalse();
            assertThat(platform.service(UserDirectory.class).hasAdministrator()).isTrue();
            assertThat(db.fetchCount(CUSTOMER)).as("customers after the restart").isZero();
            assertThat(db.select(APP_USER.USERNAME).from(APP_USER).fetch(APP_USER.USERNAME)).containsExactly("olga");
        } finally {
            platform.close();
        }
    }
}
