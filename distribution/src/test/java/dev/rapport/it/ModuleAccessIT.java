package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Per-department modules in a real browser, with the shipped account-notes plugin: an agent of a department
 * that does not use it sees no trace of it (menu, page, customer tab) until an administrator, in another
 * browser, lets their department use it; then signing out ends the session.
 */
@ExtendWith(RapportBrowserExtension.class)
class ModuleAccessIT {

    private static final String PLUGIN = "account-notes";
    private static final String MENU_ENTRY = "nav-account-notes-account-notes";
    private static final String TAB = "Notes";

    @Test
    void anAgentSeesAModuleOnlyOnceTheirDepartmentUsesItAndSigningOutEndsTheSession(RapportServer server, WebDriver driver) {
        ModuleAccess modules = server.platform().services().require(ModuleAccess.class);
        DepartmentDirectory departments = server.platform().services().require(DepartmentDirectory.class);
        Actor administrator = Actor.of(server.administrator());
        long sales = departments.findByCode("sales").orElseThrow().id();
        long service = departments.findByCode("service").orElseThrow().id();
        Set<Long> before = modules.departmentsOf(PLUGIN);
        String agent = "it-sales-agent-" + UUID.randomUUID().toString().substring(0, 8);
        server.account(agent, Role.AGENT, "sales");
        Customer customer = server.platform().services().require(CustomerService.class).create(organisation(), administrator);
        modules.setDepartments(PLUGIN, Set.of(service), administrator);
        try {
            LoginPage.signIn(driver, server, agent, RapportServer.PASSWORD);
            ShellPage shell = ShellPage.current(driver);
            assertThat(shell.menuEntryIds()).contains("nav-kernel-customers").doesNotContain(MENU_ENTRY);
            AccessDeniedPage denied = AccessDeniedPage.open(driver, server, LatestNotesPage.PATH);
            assertThat(denied.text()).contains("Access denied");
            assertThat(denied.currentUrl()).endsWith("/" + LatestNotesPage.PATH);
            assertThat(LatestNotesPage.isInThePage(driver)).isFalse();
            assertThat(Customer360Page.open(driver, server, customer.id()).tabLabels()).contains("Timeline").doesNotContain(TAB);

            try (Browsers.Browser administratorsBrowser = Browsers.open()) {
                WebDriver admin = administratorsBrowser.driver();
                LoginPage.signInAsAdministrator(admin, server);
                PluginsPage plugins = PluginsPage.open(admin, server);
                assertThat(plugins.departmentsOf(PLUGIN)).containsExactly("Customer Service");
                plugins.addDepartment(PLUGIN, "Sales");
                assertThat(plugins.departmentsOf(PLUGIN)).containsExactlyInAnyOrder("Customer Service", "Sales");
            }
            assertThat(modules.departmentsOf(PLUGIN)).containsExactlyInAnyOrder(sales, service);

            assertThat(ShellPage.current(driver).reload().menuEntryIds()).contains(MENU_ENTRY);
            LatestNotesPage.open(driver, server);
            assertThat(Customer360Page.open(driver, server, customer.id()).tabLabels()).contains(TAB);

            LoginPage signedOut = ShellPage.current(driver).signOut();
            assertThat(signedOut.currentUrl()).endsWith("/login");
            driver.get(server.url("customers"));
            assertThat(LoginPage.current(driver).currentUrl()).endsWith("/login");
        } finally {
            modules.setDepartments(PLUGIN, before, administrator);
        }
    }

    private static CustomerDraft organisation() {
        return new CustomerDraft(CustomerKind.ORGANISATION, null, null, "Module Test " + UUID.randomUUID().toString().substring(0, 8),
                LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false, List.of(), List.of(), List.of(), Set.of(), null);
    }
}
