package dev.rapport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Personal access tokens: shown once, stored hashed, good until expiry or revocation, only for their owner. */
class AccessTokensTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-06-01T08:00:00Z"));
    private final Kernel kernel = new Kernel(clock);
    private final AccessTokens tokens = new AccessTokens(kernel.dsl, clock, kernel.users, kernel.audit);
    private final User agent = kernel.newUser(Role.AGENT, "sales");

    private AccessTokens.Issued issue(AccessTokens.Scope scope, Duration lifetime) {
        return tokens.create(agent.id(), "billing sync", scope, clock.instant().plus(lifetime), Actor.of(agent));
    }

    @Test
    void aTokenActsAsItsUserUntilItExpiresAndOnlyItsHashIsStored() {
        AccessTokens.Issued issued = issue(AccessTokens.Scope.READ_WRITE, Duration.ofDays(30));

        assertThat(issued.secret()).startsWith("rap_").hasSizeGreaterThan(40);
        assertThat(kernel.dsl.fetchExists(dev.rapport.platform.internal.db.Tables.API_TOKEN,
                dev.rapport.platform.internal.db.Tables.API_TOKEN.SECRET_HASH.eq(issued.secret()))).isFalse();
        assertThat(tokens.authenticate(issued.secret())).hasValueSatisfying(caller -> {
            assertThat(caller.actor()).isEqualTo(Actor.of(agent));
            assertThat(caller.mayWrite()).isTrue();
        });
        assertThat(tokens.of(agent.id(), Actor.of(agent)).getFirst().lastUsedAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofDays(30));
        assertThat(tokens.authenticate(issued.secret())).as("expired at the instant of its expiry").isEmpty();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnce() {
        AccessTokens.Issued issued = issue(AccessTokens.Scope.READ, Duration.ofDays(1));
        assertThat(tokens.authenticate(issued.secret())).hasValueSatisfying(caller ->
                assertThat(caller.mayWrite()).isFalse());

        tokens.revoke(issued.token().id(), Actor.of(agent));

        assertThat(tokens.authenticate(issued.secret())).isEmpty();
        assertThat(tokens.authenticate(issued.secret().substring(0, 20))).isEmpty();
    }

    @Test
    void expiryMustLieAheadAndWithinAYear() {
        assertThatThrownBy(() -> issue(AccessTokens.Scope.READ, Duration.ZERO)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> issue(AccessTokens.Scope.READ, AccessTokens.MAX_LIFETIME.plusDays(1)))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> tokens.create(agent.id(), " ", AccessTokens.Scope.READ,
                clock.instant().plus(Duration.ofDays(1)), Actor.of(agent))).isInstanceOf(ValidationException.class);
    }

    @Test
    void nobodyElseManagesAPersonsTokensAndAdministratorsIssueThemToServiceAccounts() {
        User colleague = kernel.newUser(Role.ADMINISTRATOR, "management");
        assertThatThrownBy(() -> tokens.create(agent.id(), "mine now", AccessTokens.Scope.READ,
                clock.instant().plus(Duration.ofDays(1)), Actor.of(colleague))).isInstanceOf(AccessDeniedException.class);

        ServiceAccounts accounts = new ServiceAccounts(kernel.dsl, clock, kernel.users, kernel.departments, kernel.audit);
        User integration = accounts.create("svc-" + System.nanoTime(), "Billing integration", Role.AGENT,
                kernel.departments.findByCode("sales").orElseThrow().id(), Actor.of(colleague));
        AccessTokens.Issued issued = tokens.create(integration.id(), "billing", AccessTokens.Scope.READ_WRITE,
                clock.instant().plus(Duration.ofDays(1)), Actor.of(colleague));

        assertThat(accounts.isServiceAccount(integration.id())).isTrue();
        assertThat(tokens.authenticate(issued.secret()).orElseThrow().actor().userId()).isEqualTo(integration.id());
        assertThatThrownBy(() -> kernel.userAdministration.resetPassword(integration.id(), Actor.of(colleague)))
                .as("a service account never gets a password").isInstanceOf(AccessDeniedException.class);
    }
}
