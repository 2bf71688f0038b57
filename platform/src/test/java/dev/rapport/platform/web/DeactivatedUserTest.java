package dev.rapport.platform.web;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A view a user opened before being deactivated saves nothing: the session's actor is checked at every action. */
class DeactivatedUserTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    @Test
    void theActingUserIsReadFreshAndADeactivatedOneIsSignedOutAndRefused() {
        User agent = ui.kernel().userAdministration.create(new UserAdministration.UserDraft(unique("stale"),
                "Stan Stale", null, Role.AGENT, Set.of(), true), "correct horse battery", false, ui.actor());
        ui.actAs(Actor.of(agent));
        assertThat(WebSession.actor()).isEqualTo(Actor.of(agent));
        assertThat(WebSession.actorOrSystem()).isEqualTo(Actor.of(agent));

        User current = ui.kernel().users.find(agent.id()).orElseThrow();
        ui.kernel().userAdministration.update(agent.id(), current.version(), new UserAdministration.UserDraft(
                agent.username(), agent.displayName(), null, Role.AGENT, Set.of(), false), ui.kernel().newActor());

        assertThatThrownBy(WebSession::actor).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("no longer active");
        assertThat(WebSession.currentActor()).as("signed out").isEmpty();
    }
}
