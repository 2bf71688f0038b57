package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;

/**
 * The one-time link that creates the first administrator. The test database is shared and other tests create
 * administrators, so each test runs in a transaction in which no administrator can sign in yet, rolled back at
 * its end: no other test ever sees what happens here.
 */
class SetupTokensTest {

    private static final String PASSWORD = "first administrator passphrase";

    private final Kernel kernel = new Kernel();
    private final TestClock clock = new TestClock(Instant.parse("2026-03-02T09:00:00Z"));

    /** A new installation's set-up: its tokens and users. */
    private record Installation(SetupTokens tokens, UserDirectory users) {
    }

    private static final class RolledBack extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private void inAnInstallationWithoutAdministrator(Consumer<Installation> test) {
        try {
            kernel.dsl.transaction(configuration -> {
                DSLContext tx = configuration.dsl();
                tx.update(APP_USER).set(APP_USER.ACTIVE, false).where(APP_USER.ROLE.eq(Role.ADMINISTRATOR.name())).execute();
                AuditLog audit = new AuditLog(tx, clock);
                UserDirectory users = new UserDirectory(tx);
                UserAdministration administration = new UserAdministration(tx, clock, users,
                        new DepartmentDirectory(tx, clock, audit), kernel.hasher, audit);
                Installation installation = new Installation(new SetupTokens(tx, clock, users, administration, audit), users);
                assertThat(users.hasAdministrator()).as("no administrator can sign in").isFalse();
                test.accept(installation);
                throw new RolledBack();
            });
        } catch (RolledBack expected) {
            // Everything the test wrote is gone.
        }
    }

    private static void assertRefused(Installation installation, String token, String username) {
        assertThatThrownBy(() -> installation.tokens().createFirstAdministrator(token, username, "First Admin", PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .containsExactly(FieldError.of("token", "validation.setupTokenInvalid")));
        assertThat(installation.users().findByUsername(username)).isEmpty();
    }

    @Test
    void aTokenCreatesTheFirstAdministratorOnce() {
        inAnInstallationWithoutAdministrator(installation -> {
            String token = installation.tokens().issueIfNeeded().orElseThrow();
            assertThat(installation.tokens().isUsable(token)).isTrue();

            User admin = installation.tokens().createFirstAdministrator(token, unique("admin"), "First Admin", PASSWORD);

            assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
            assertThat(admin.mustChangePassword()).isFalse();
            assertThat(installation.users().hasAdministrator()).isTrue();
            assertThat(installation.tokens().isUsable(token)).isFalse();
            assertRefused(installation, token, unique("second"));
            assertThat(installation.tokens().issueIfNeeded()).as("no new token once an administrator exists").isEmpty();
        });
    }

    @Test
    void noTokenWorksOnceAnAdministratorExists() {
        inAnInstallationWithoutAdministrator(installation -> {
            String first = installation.tokens().issueIfNeeded().orElseThrow();
            String second = installation.tokens().issueIfNeeded().orElseThrow();

            installation.tokens().createFirstAdministrator(first, unique("admin"), "First Admin", PASSWORD);

            assertThat(installation.tokens().isUsable(second)).isFalse();
            assertRefused(installation, second, unique("another"));
        });
    }

    @Test
    void expiredUnknownAndMissingTokensAreRefused() {
        inAnInstallationWithoutAdministrator(installation -> {
            String token = installation.tokens().issueIfNeeded().orElseThrow();

            assertRefused(installation, "0".repeat(token.length()), unique("guess"));
            assertRefused(installation, null, unique("none"));
            assertThat(installation.tokens().isUsable(token)).as("the real token, within its day").isTrue();

            clock.advance(Duration.ofHours(24).plusSeconds(1));
            assertThat(installation.tokens().isUsable(token)).isFalse();
            assertRefused(installation, token, unique("late"));
            assertThat(installation.users().hasAdministrator()).isFalse();
        });
    }

    @Test
    void aRefusedUsernameOrPasswordDoesNotUseUpTheToken() {
        inAnInstallationWithoutAdministrator(installation -> {
            String token = installation.tokens().issueIfNeeded().orElseThrow();
            String username = unique("admin");

            assertThatThrownBy(() -> installation.tokens().createFirstAdministrator(token, username, "First Admin", "short"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("password"));
            assertThatThrownBy(() -> installation.tokens().createFirstAdministrator(token, "No Spaces Allowed",
                    "First Admin", PASSWORD)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("username"));
            assertThat(installation.tokens().isUsable(token)).isTrue();

            assertThat(installation.tokens().createFirstAdministrator(token, username, "First Admin", PASSWORD).username())
                    .isEqualTo(username);
        });
    }
}
