package dev.rapport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerContextTest {

    private static CallerContext callerWith(Role role) {
        return new CallerContext(new AccessTokens.Caller(null, new Actor(7, "Lukas Meier", role, Set.of(1L))), true);
    }

    @Test
    void aRoleIncludesTheWeakerOnesAsTheRestOfTheProductSays() {
        CallerContext manager = callerWith(Role.MANAGER);

        assertThat(manager.isUserInRole("MANAGER")).isTrue();
        assertThat(manager.isUserInRole("AGENT")).isTrue();
        assertThat(manager.isUserInRole("READ_ONLY")).isTrue();
        assertThat(manager.isUserInRole("ADMINISTRATOR")).isFalse();
    }

    @Test
    void anUnknownRoleNameIsNeverHeld() {
        assertThat(callerWith(Role.ADMINISTRATOR).isUserInRole("ROOT")).isFalse();
        assertThat(callerWith(Role.ADMINISTRATOR).isUserInRole(null)).isFalse();
    }
}
