package dev.rapport.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.UserInfo;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link PluginContext#security()} as a plugin sees it, wired as the platform wires it (the acting user of the
 * Vaadin session, the plugin's identity in a call of the platform, else nobody): in a signed-in session it tells
 * the user, their departments and role and refuses what the role does not allow; in an event listener there is
 * no user and the plugin acts as its system identity; on a thread of the plugin's own nobody acts and every
 * requirement is refused, as the SDK's Javadoc says.
 */
class SdkSecurityTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    /** A plugin's context on the kernel's services, with the actor the platform gives plugins. */
    private Security security() {
        Kernel kernel = ui.kernel();
        KernelServices services = kernel.pluginServices(WebSession::currentActor, false);
        return new KernelPluginContext("security-test", services).security();
    }

    private Department department(String code) {
        return ui.kernel().departments.findByCode(code).orElseThrow();
    }

    @Test
    void inASignedInSessionTellsTheUserTheirDepartmentsAndRoleAndRefusesWhatTheRoleDoesNotAllow() {
        User agent = ui.kernel().newUser(Role.AGENT, "sales", "service");
        ui.actAs(Actor.of(agent));
        Security security = security();

        UserInfo user = security.currentUser().orElseThrow();

        assertThat(user).isEqualTo(new UserInfo(agent.id(), agent.username(), agent.displayName(), Role.AGENT,
                java.util.List.of(department("service"), department("sales"))));
        assertThat(user.departments()).extracting(Department::name).containsExactly("Customer Service", "Sales");
        assertThat(user.isMemberOf("sales")).isTrue();
        assertThat(user.isMemberOf("marketing")).isFalse();
        assertThat(security.hasRole(Role.READ_ONLY)).isTrue();
        assertThat(security.hasRole(Role.AGENT)).isTrue();
        assertThat(security.hasRole(Role.MANAGER)).isFalse();
        assertThat(security.hasRole(Role.ADMINISTRATOR)).isFalse();
        security.requireRole(Role.AGENT, "add a note");
        assertThatThrownBy(() -> security.requireRole(Role.MANAGER, "approve a discount"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage(agent.displayName() + " (AGENT) may not approve a discount");
    }

    @Test
    void readOnlyUsersAreRefusedEveryChange() {
        ui.actAs(ui.kernel().newActor(Role.READ_ONLY, "management"));
        Security security = security();

        assertThat(security.currentUser()).map(UserInfo::role).contains(Role.READ_ONLY);
        assertThat(security.hasRole(Role.AGENT)).isFalse();
        assertThatThrownBy(() -> security.requireRole(Role.AGENT, "add a note")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChangedRoleCountsForThePluginFromTheUsersNextPageAsForTheKernel() {
        Actor administrator = ui.actor();
        User agent = ui.kernel().newUser(Role.AGENT, "sales");
        ui.actAs(Actor.of(agent));
        Security security = security();
        ui.open("customers");

        ui.kernel().userAdministration.update(agent.id(), agent.version(), new UserAdministration.UserDraft(
                agent.username(), agent.displayName(), agent.email(), Role.MANAGER, agent.departmentIds(), true),
                administrator);

        assertThat(security.currentUser()).map(UserInfo::role).as("the role the session acts with").contains(Role.AGENT);
        assertThat(security.hasRole(Role.MANAGER)).isFalse();
        ui.open("customers");
        assertThat(security.currentUser()).map(UserInfo::role).contains(Role.MANAGER);
        assertThat(security.hasRole(Role.MANAGER)).isTrue();
        security.requireRole(Role.MANAGER, "approve a discount");
    }

    @Test
    void inAListenerWithoutASessionThereIsNoUserAndThePluginActsAsItsSystemIdentity() throws Exception {
        Security security = security();
        ui.actAs(ui.kernel().newActor(Role.READ_ONLY, "sales"));
        assertThat(security.hasRole(Role.ADMINISTRATOR)).as("in the read-only user's session").isFalse();

        ExecutorService listenerThread = Executors.newSingleThreadExecutor();
        try {
            assertThat(inThread(listenerThread, () -> Optional.ofNullable(VaadinSession.getCurrent()))).isEmpty();
            assertThat(inThread(listenerThread, () -> PluginActor.callAs("security-test", security::currentUser))).isEmpty();
            for (Role role : Role.values()) {
                assertThat(inThread(listenerThread, () -> PluginActor.callAs("security-test", () -> security.hasRole(role))))
                        .as("the plugin's identity has %s", role).isTrue();
            }
            inThread(listenerThread, () -> PluginActor.callAs("security-test", () -> {
                security.requireRole(Role.ADMINISTRATOR, "clean up");
                return null;
            }));
        } finally {
            listenerThread.shutdownNow();
        }
    }

    @Test
    void onAThreadOfThePluginsOwnNobodyActsAndEveryRequirementIsRefused() throws Exception {
        Security security = security();
        ExecutorService ownThread = Executors.newSingleThreadExecutor();
        try {
            assertThat(inThread(ownThread, security::currentUser)).isEmpty();
            for (Role role : Role.values()) {
                assertThat(inThread(ownThread, () -> security.hasRole(role))).as("nobody has %s", role).isFalse();
            }
            assertThatThrownBy(() -> inThread(ownThread, () -> {
                security.requireRole(Role.READ_ONLY, "read the leads");
                return null;
            })).hasCauseInstanceOf(AccessDeniedException.class)
                    .hasStackTraceContaining("Plugin security-test may not read the leads here")
                    .hasStackTraceContaining("nobody acts");
        } finally {
            ownThread.shutdownNow();
        }
    }

    private static <T> T inThread(ExecutorService thread, Supplier<T> work) throws Exception {
        return CompletableFuture.supplyAsync(work, thread).get();
    }
}
