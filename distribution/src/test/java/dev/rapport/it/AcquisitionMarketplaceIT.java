package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The acquisition plugin as a customer gets it: a platform without it, whose Marketplace page offers the
 * repository this build shipped (target/rapport/marketplace, signed with the key the installation's configuration
 * trusts). An administrator installs it there and lets Sales and Marketing use it; a Sales agent then sees Leads and
 * Campaigns and captures a lead, while a Customer Service agent sees neither and is refused their addresses.
 */
@ExtendWith(RapportBrowserExtension.class)
class AcquisitionMarketplaceIT {

    private static final Path INSTALLATION = Path.of("target", "rapport").toAbsolutePath();

    private static TestPlatform platform;
    private static RapportServer server;

    @BeforeAll
    static void start() {
        RapportConfig shipped = RapportConfig.load(INSTALLATION, Map.of());
        Path repository = INSTALLATION.resolve(shipped.get("marketplace.repository", "marketplace"));
        // A demo installation (a few demo customers): only a demo installation trusts the development key.
        platform = TestPlatform.start("AcquisitionMarketplaceIT", List.of(), Map.of(
                "demo.enabled", "true", "demo.customers", "20",
                "marketplace.repository", repository.toUri().toString(),
                "marketplace.trusted.keys", shipped.get("marketplace.trusted.keys", "")));
        server = platform.server();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void anAdministratorInstallsItForSalesAndMarketingOnlyAndOnlyTheyGetLeadsAndCampaigns(WebDriver driver) {
        User salesAgent = server.account("it-market-sales", Role.AGENT, "sales");
        User serviceAgent = server.account("it-market-service", Role.AGENT, "service");
        LoginPage.signInAsAdministrator(driver, server);
        MarketplacePage marketplace = MarketplacePage.open(driver, server).search("acquisition");
        assertThat(marketplace.row("acquisition")).contains("Acquisition").contains("1.0.0").contains("Install");

        String outcome = marketplace.install("acquisition");

        assertThat(outcome).contains("acquisition 1.0.0 is installed and running");
        marketplace.useOnly("Sales", "Marketing");
        assertThat(marketplace.departmentsChosen()).containsExactlyInAnyOrder("Sales", "Marketing");
        marketplace.closeDialog();
        assertThat(marketplace.row("acquisition")).contains("Up to date");
        DepartmentDirectory departments = platform.service(DepartmentDirectory.class);
        assertThat(platform.service(ModuleAccess.class).departmentsOf("acquisition")).containsExactlyInAnyOrder(
                departments.findByCode("sales").orElseThrow().id(), departments.findByCode("marketing").orElseThrow().id());

        try (Browsers.Browser salesBrowser = Browsers.open()) {
            WebDriver sales = salesBrowser.driver();
            LoginPage.signIn(sales, server, salesAgent.username(), RapportServer.PASSWORD);
            assertThat(ShellPage.current(sales).menuLabels()).contains("Leads", "Campaigns");
            AcquisitionPages.LeadPage lead = AcquisitionPages.LeadsPage.open(sales, server)
                    .create("Mara", "Installed", "Marketplace Trading", "mara.installed@example.com");
            assertThat(lead.name()).contains("Mara Installed");
            assertThat(lead.status()).isEqualTo("New");
            assertThat(AcquisitionPages.LeadsPage.open(sales, server).search("Installed").row(0))
                    .startsWith("Mara Installed (Marketplace Trading)", "New");
            AcquisitionPages.CampaignsPage.open(sales, server);
        }

        try (Browsers.Browser serviceBrowser = Browsers.open()) {
            WebDriver service = serviceBrowser.driver();
            LoginPage.signIn(service, server, serviceAgent.username(), RapportServer.PASSWORD);
            assertThat(ShellPage.current(service).menuLabels()).contains("Customers")
                    .doesNotContain("Leads", "Campaigns", "Scoring rules");
            for (String path : List.of("acquisition/leads", "acquisition/campaigns", "acquisition/leads/import")) {
                AccessDeniedPage denied = AccessDeniedPage.open(service, server, path);
                assertThat(denied.text()).contains("Access denied");
                assertThat(denied.currentUrl()).endsWith("/" + path);
            }
        }
    }
}
