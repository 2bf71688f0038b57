package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A user's account in a real browser: a temporary password an administrator set must be changed before
 * anything else, and the new one is the one that works; a user an administrator deactivates is signed out
 * at their next page and cannot sign in again.
 */
@ExtendWith(RapportBrowserExtension.class)
class AccountIT {

    private static final String WRONG_PASSWORD = "Wrong username or password.";

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aTemporaryPasswordMustBeChangedBeforeAnyOtherPageOpensAndOnlyTheNewOneWorksAfterwards(RapportServer server,
                                                                                                WebDriver driver) {
        String username = unique("it-newcomer-");
        String temporary = "temporary-7Kq2x";
        String chosen = "my own password 1";
        long sales = server.platform().services().require(DepartmentDirectory.class).findByCode("sales").orElseThrow().id();
        server.platform().services().require(UserAdministration.class).create(new UserAdministration.UserDraft(username,
                "Nina Newcomer", null, Role.AGENT, Set.of(sales), true), temporary, true, Actor.of(server.administrator()));

        LoginPage.open(driver, server).submit(username, temporary);

        AccountPage account = AccountPage.current(driver);
        assertThat(account.asksForANewPassword()).isTrue();
        assertThat(account.currentUrl()).endsWith("/account");
        for (String elsewhere : List.of("customers", "my-work", "products", "admin/users")) {
            driver.get(server.url(elsewhere));
            assertThat(AccountPage.current(driver).currentUrl()).as("opening %s", elsewhere).endsWith("/account");
        }
        ShellPage.current(driver).clickMenuEntry("nav-kernel-customers");
        account = AccountPage.current(driver);
        assertThat(account.currentUrl()).as("the menu leads nowhere else either").endsWith("/account");

        account.changePassword("not the temporary one", chosen);
        assertThat(account.currentPasswordError()).isEqualTo("This is not your current password.");
        account.changePassword(temporary, "too short");
        assertThat(account.currentPasswordError()).isEmpty();
        assertThat(account.newPasswordError()).isEqualTo("At least 10 characters.");
        assertThat(account.asksForANewPassword()).isTrue();
        account.changePassword(temporary, chosen);

        HomePage.current(driver);
        assertThat(ShellPage.current(driver).reload().currentUrl()).as("other pages open now").doesNotEndWith("/account");

        LoginPage signedOut = ShellPage.current(driver).signOut();
        signedOut.submit(username, temporary);
        assertThat(signedOut.error()).as("the temporary password").isEqualTo(WRONG_PASSWORD);
        LoginPage.signIn(driver, server, username, chosen);
        assertThat(HomePage.current(driver).currentUrl()).doesNotEndWith("/account");
    }

    @Test
    void aUserDeactivatedByAnAdministratorIsSignedOutAtOnceAndCannotSignInAgain(RapportServer server,
                                                                                WebDriver driver) {
        String username = unique("it-leaver-");
        server.account(username, Role.AGENT, "sales");
        LoginPage.signIn(driver, server, username, RapportServer.PASSWORD);
        ShellPage shell = ShellPage.current(driver);
        assertThat(shell.signedInAs()).isEqualTo("Test " + username);

        try (Browsers.Browser administratorsBrowser = Browsers.open()) {
            WebDriver administrator = administratorsBrowser.driver();
            LoginPage.signInAsAdministrator(administrator, server);
            assertThat(UsersPage.open(administrator, server).deactivate(username).status(username)).isEqualTo("Deactivated");
        }

        // The deactivation ended their session at once: their open tab learns it over push and loads the sign-in page,
        // without clicking anything.
        LoginPage login = LoginPage.current(driver);

        assertThat(login.currentUrl()).endsWith("/login");
        login.submit(username, RapportServer.PASSWORD);
        assertThat(login.error()).isEqualTo(WRONG_PASSWORD);
        driver.get(server.url("customers"));
        assertThat(LoginPage.isShown(driver)).as("the old session is gone").isTrue();
    }
}
