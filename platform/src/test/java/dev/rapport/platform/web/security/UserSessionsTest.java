package dev.rapport.platform.web.security;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A changed or reset password or a deactivation ends the user's other sessions at once; a deactivated user's
 * stale session can change nothing.
 */
class UserSessionsTest {

    private static final String PASSWORD = "correct horse battery";

    /** A session that records whether it was ended. */
    private static final class FakeSession implements UserSessions.SignedIn {
        boolean ended;

        @Override
        public void end() {
            ended = true;
        }
    }

    private final Kernel kernel = new Kernel();
    private final Actor administrator = kernel.newActor();
    private Optional<UserSessions.SignedIn> current = Optional.empty();
    private final UserSessions sessions = new UserSessions(kernel.users, () -> current);
    private final Authenticator authenticator = new Authenticator(kernel.users, kernel.userAdministration,
            kernel.hasher, kernel.audit, new TestClock(Instant.parse("2026-03-02T09:00:00Z")), 5, 20,
            Duration.ofMinutes(15));

    {
        kernel.userAdministration.endSessionsWith(sessions);
    }

    private User user(Role role) {
        return kernel.userAdministration.create(new UserAdministration.UserDraft(unique("session"), "Sue Session", null,
                role, Set.of(), true), PASSWORD, false, administrator);
    }

    private FakeSession signedIn(User user) {
        FakeSession session = new FakeSession();
        sessions.signedIn(user.id(), session);
        return session;
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessionsButNotThisOne() {
        User user = user(Role.AGENT);
        FakeSession here = signedIn(user);
        FakeSession elsewhere = signedIn(user);
        FakeSession someoneElse = signedIn(user(Role.AGENT));
        current = Optional.of(here);

        authenticator.changePassword(Actor.of(user), PASSWORD, "a new and longer passphrase");

        assertThat(elsewhere.ended).isTrue();
        assertThat(here.ended).isFalse();
        assertThat(someoneElse.ended).isFalse();
    }

    @Test
    void aResetPasswordOrADeactivationEndsEverySessionOfThatUser() {
        User reset = user(Role.AGENT);
        FakeSession first = signedIn(reset);
        FakeSession second = signedIn(reset);
        User deactivated = user(Role.AGENT);
        FakeSession third = signedIn(deactivated);
        current = Optional.of(signedIn(kernel.users.find(administrator.userId()).orElseThrow()));

        kernel.userAdministration.resetPassword(reset.id(), administrator);
        kernel.userAdministration.update(deactivated.id(), deactivated.version(), new UserAdministration.UserDraft(
                deactivated.username(), deactivated.displayName(), null, Role.AGENT, Set.of(), false), administrator);

        assertThat(first.ended).isTrue();
        assertThat(second.ended).isTrue();
        assertThat(third.ended).isTrue();
        assertThat(current.map(session -> ((FakeSession) session).ended)).hasValue(false);
    }

    @Test
    void aDeactivatedUsersOpenViewCanSaveNothing() {
        User stale = user(Role.ADMINISTRATOR);
        Actor staleActor = Actor.of(stale);
        kernel.userAdministration.update(stale.id(), stale.version(), new UserAdministration.UserDraft(stale.username(),
                stale.displayName(), null, Role.ADMINISTRATOR, Set.of(), false), administrator);
        User other = user(Role.AGENT);

        assertThat(sessions.fresh(staleActor)).as("what every action of the web layer checks").isEmpty();
        assertThatThrownBy(() -> kernel.userAdministration.resetPassword(other.id(), staleActor))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("no longer active");
        assertThatThrownBy(() -> authenticator.changePassword(staleActor, PASSWORD, "a new and longer passphrase"))
                .isInstanceOf(AccessDeniedException.class);
    }
}
