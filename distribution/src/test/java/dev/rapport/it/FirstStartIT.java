package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The first start of an installation without demo data (as on a production database): no account exists,
 * the log shows a one-time link that creates the first administrator, and the link works once. The same
 * installation is configured with sessions of {@value #SESSION_MINUTES} minutes, which a signed-in
 * browser's session gets.
 *
 * <p>Runs against a platform of its own (the shared server of the other browser tests has an administrator
 * as soon as one of them signs in); only the browser comes from {@link RapportBrowserExtension}.
 */
@ExtendWith(RapportBrowserExtension.class)
class FirstStartIT {

    private static final int SESSION_MINUTES = 7;
    private static final Pattern SET_UP_LINK = Pattern.compile("(http://\\S+/setup\\?token=\\S+)");

    private static TestPlatform platform;
    private static RapportServer server;
    private static List<String> startUpLog;

    @BeforeAll
    static void start() {
        try (LogCapture log = LogCapture.of(RapportPlatform.class)) {
            platform = TestPlatform.start("FirstStartIT", List.of(),
                    Map.of("security.session.timeout.minutes", String.valueOf(SESSION_MINUTES)));
            startUpLog = log.messages();
        }
        server = platform.server();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** The set-up link the platform logged at its start, as the operator finds it in the log. */
    private static String setUpLinkFromTheLog() {
        List<String> links = startUpLog.stream().map(SET_UP_LINK::matcher).filter(Matcher::find)
                .map(found -> found.group(1)).toList();
        assertThat(links).as("set-up links in the start-up log %s", startUpLog).hasSize(1);
        return links.getFirst();
    }

    @Test
    void theLinkPrintedAtTheFirstStartCreatesTheFirstAdministratorWhoIsSignedInAndWorksOnlyOnce(WebDriver driver) {
        String link = setUpLinkFromTheLog();
        assertThat(link).startsWith(server.url("setup?token="));
        assertThat(platform.service(UserDirectory.class).hasAdministrator()).isFalse();

        SetupPage setup = SetupPage.open(driver, link);
        assertThat(setup.offersTheForm()).isTrue();
        setup.create("olive", "Olive Owner", "too short");
        assertThat(setup.passwordError()).isEqualTo("At least 10 characters.");
        assertThat(platform.service(UserDirectory.class).hasAdministrator()).as("nothing created yet").isFalse();
        setup.create("olive", "Olive Owner", "olive's first password");
        assertThat(setup.passwordError()).isEqualTo("The password must not contain the username.");
        setup.create("olive", "Olive Owner", "a long first password");

        ShellPage shell = ShellPage.current(driver);
        assertThat(shell.signedInAs()).isEqualTo("Olive Owner");
        assertThat(shell.currentUrl()).doesNotContain("setup");
        assertThat(shell.menuEntryIds()).as("an administrator's menu").contains("nav-kernel-users", "nav-kernel-audit");
        User olive = platform.service(UserDirectory.class).findByUsername("olive").orElseThrow();
        assertThat(olive.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThat(platform.service(AuditLog.class).search(new AuditFilter(null, null, null, null, "user",
                String.valueOf(olive.id())), null, 10, Actor.of(olive))).extracting(AuditEntry::action)
                .contains(AuditAction.ADMINISTRATOR_SET_UP, AuditAction.SIGN_IN_SUCCEEDED);

        shell.signOut();
        LoginPage.signIn(driver, server, "olive", "a long first password");
        assertThat(ShellPage.current(driver).signedInAs()).isEqualTo("Olive Owner");

        driver.manage().deleteAllCookies();
        SetupPage again = SetupPage.open(driver, link);
        assertThat(again.offersTheForm()).isFalse();
        assertThat(again.text()).contains("This set-up link is not valid (any more): it was used, it expired, "
                + "or an administrator exists already.");
    }

    /** Shows what the servlet container gave this browser's session (a page of this test only). */
    public static class SessionProbe extends Div {
        public SessionProbe() {
            setId("session-probe");
            setText(VaadinSession.getCurrent().getSession().getMaxInactiveInterval() + " s, close idle sessions: "
                    + VaadinService.getCurrent().getDeploymentConfiguration().isCloseIdleSessions());
        }
    }

    @Test
    void aSignedInSessionGetsTheConfiguredInactivityTimeoutAndOpenTabsDoNotKeepItAlive(WebDriver driver) {
        String agent = "probe-agent";
        server.account(agent, Role.AGENT, "sales");
        platform.service(PluginRouteRegistrar.class).register("session-probe",
                List.of(new PluginRouteRegistrar.Route("session-probe", SessionProbe.class)));
        LoginPage.signIn(driver, server, agent, RapportServer.PASSWORD);

        String probe = ShellPage.open(driver, server, "session-probe").contentText();

        assertThat(probe).isEqualTo(Duration.ofMinutes(SESSION_MINUTES).toSeconds() + " s, close idle sessions: true");
    }
}
