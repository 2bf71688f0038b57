package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.user.Actor;
import dev.rapport.runtime.PluginZips;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A plugin whose view and customer tab throw, seen in a browser: the failure shows in place of the broken
 * part only, and navigation and every other page keep working.
 *
 * <p>Runs against a platform of its own (the fixture must never reach the shared server of the other
 * browser tests); only the browser comes from {@link RapportBrowserExtension}.
 */
@ExtendWith(RapportBrowserExtension.class)
class BrokenPluginIT {

    private static TestPlatform platform;
    private static RapportServer server;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("BrokenPluginIT", List.of(PluginZips.ACCOUNT_NOTES, PluginZips.BROKEN_PARTS));
        server = platform.server();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aViewThatFailsShowsThePluginFailureInsideTheWorkingShell(WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        ShellPage broken = ShellPage.open(driver, server, "fixture-broken-parts");

        assertThat(broken.pluginFailure()).contains("This page failed").contains("fixture-broken-parts");
        assertThat(broken.menuLabels()).contains("Customers", "Account notes", "Broken parts");
        PluginHealth.Failures failures = platform.service(PluginHealth.class).of("fixture-broken-parts").orElseThrow();
        assertThat(failures.lastWhat()).isEqualTo("view dev.rapport.plugin.fixture.brokenparts.ThrowingView");
        assertThat(failures.lastError()).contains("fixture-broken-parts: this view cannot be created");

        assertThat(ShellPage.open(driver, server, "fixture-broken-parts/ok").contentText())
                .isEqualTo("This page of fixture-broken-parts works.");
        assertThat(ShellPage.open(driver, server, "account-notes").contentText()).contains("Latest account notes");
    }

    @Test
    void aTabThatFailsShowsAMessageWhileTheOtherTabsWork(WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        Customer customer = platform.service(CustomerService.class).create(new CustomerDraft(CustomerKind.PERSON, "Bo",
                "Broken" + UUID.randomUUID().toString().substring(0, 8), null, LifecycleStage.CUSTOMER, null, "en", "USD",
                "UTC", false, List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        Customer360Page page = Customer360Page.open(driver, server, customer.id());

        page.selectTab("Broken tab");
        assertThat(page.failedTabMessage()).contains("fixture-broken-parts").contains("failed to show");

        assertThat(page.notesTab().add("Still works").notes()).containsExactly("Still works");
    }
}
