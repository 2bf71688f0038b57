package dev.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.demo.DemoAccounts;
import dev.rapport.platform.user.PasswordHasher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A demo installation's first start killed (SIGKILL) while it writes the demo customers, before the demo accounts:
 * the next start completes the demo data (every customer once) and the accounts, so {@code admin} signs in with the
 * demo password and no set-up link is offered.
 */
class InterruptedFirstStartIT {

    private static final int CUSTOMERS = 3000;

    @Test
    void theNextStartCompletesTheDemoDataAndTheDemoAccounts() throws Exception {
        try (Installation installation = Installation.fresh("first-start")
                .with("RAPPORT_DEMO_CUSTOMERS", Integer.toString(CUSTOMERS))) {
            RapportProcess first = installation.startUntil("Demo data: 500 of " + CUSTOMERS + " customers");
            first.kill();

            RapportProcess second = installation.start();
            try (Connection database = installation.database()) {
                assertThat(count(database, "SELECT COUNT(*) FROM customer")).isEqualTo(CUSTOMERS);
                assertThat(passwordHashOf(database, "admin")).as("admin's password hash")
                        .matches(hash -> hash != null && new PasswordHasher().matches(DemoAccounts.PASSWORD, hash));
            }
            assertThat(second.console()).noneMatch(line -> line.contains("Create the first administrator"));
            second.stop(Duration.ofSeconds(90));
        }
    }

    private static long count(Connection database, String query) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String passwordHashOf(Connection database, String username) throws SQLException {
        try (PreparedStatement statement = database.prepareStatement(
                "SELECT password_hash FROM app_user WHERE username = ?")) {
            statement.setString(1, username);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
