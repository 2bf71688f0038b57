package dev.rapport.platform.user;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Passwords are kept only as salted Argon2id hashes (Password4j) with OWASP's minimum parameters. */
class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashIsSaltedArgon2idThatOnlyTheRightPasswordMatches() {
        String hash = hasher.hash(PASSWORD);

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(PASSWORD);
        assertThat(hasher.hash(PASSWORD)).as("another salt each time").isNotEqualTo(hash);
        assertThat(hasher.matches(PASSWORD, hash)).isTrue();
        assertThat(hasher.matches("correct horse battery!", hash)).isFalse();
        assertThat(hasher.matches(PASSWORD, null)).as("a user without a password").isFalse();
        assertThat(hasher.matches(PASSWORD, PASSWORD)).as("a stored plain text never matches").isFalse();
    }

    @Test
    void theDatabaseHoldsOnlyTheHashOfAUsersPassword() {
        Kernel kernel = new Kernel();
        User user = kernel.userAdministration.create(new UserAdministration.UserDraft(unique("hashed"), "Hal Hashed",
                null, Role.AGENT, Set.of(), true), PASSWORD, false, kernel.newActor());

        String stored = kernel.dsl.select(APP_USER.PASSWORD_HASH).from(APP_USER).where(APP_USER.ID.eq(user.id()))
                .fetchSingle(APP_USER.PASSWORD_HASH);

        assertThat(stored).startsWith("$argon2id$").doesNotContain(PASSWORD);
        assertThat(hasher.matches(PASSWORD, stored)).isTrue();
    }
}
