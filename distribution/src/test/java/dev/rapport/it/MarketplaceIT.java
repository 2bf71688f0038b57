package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.marketplace.TestRepository;
import dev.rapport.platform.marketplace.Signatures;
import dev.rapport.runtime.PluginZips;
import dev.rapport.runtime.TestPlatform;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * An administrator installs a plugin from the Marketplace page, uses its screen at once, and uninstalls it
 * again; all while the platform runs. The platform is one of its own with a signed test repository.
 */
@ExtendWith(RapportBrowserExtension.class)
class MarketplaceIT {

    private static TestPlatform platform;
    private static RapportServer server;

    @BeforeAll
    static void start() {
        TestRepository repository = new TestRepository(Path.of("target", "marketplace-it", "repository").toAbsolutePath(),
                Signatures.newKeyPair());
        repository.publish(PluginZips.GREETER, PluginZips.INCOMPATIBLE);
        platform = TestPlatform.start("MarketplaceIT", List.of(PluginZips.ACCOUNT_NOTES), Map.of(
                "marketplace.repository", repository.url(),
                "marketplace.trusted.keys", repository.publicKey()));
        server = platform.server();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void anAdministratorInstallsAPluginFromTheMarketplaceAndUsesItsScreen(WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        MarketplacePage marketplace = MarketplacePage.open(driver, server).search("greet");
        assertThat(marketplace.row("fixture-greeter")).contains("Greeter").contains("1.0.0");

        String outcome = marketplace.install("fixture-greeter");

        assertThat(outcome).contains("fixture-greeter 1.0.0 is installed and running");
        assertThat(marketplace.departmentsChosen()).contains("Sales", "Customer Service");
        marketplace.closeDialog();
        assertThat(marketplace.row("fixture-greeter")).contains("Up to date");
        ShellPage shell = ShellPage.open(driver, server);
        assertThat(shell.menuLabels()).contains("Greeter");
        assertThat(ShellPage.open(driver, server, "fixture-greeter").contentText()).contains("Greeter 1.0.0")
                .contains("0 greetings");

        MarketplacePage.open(driver, server).uninstall("fixture-greeter", true);
        assertThat(ShellPage.open(driver, server).menuLabels()).doesNotContain("Greeter");
    }

    @Test
    void anIncompatiblePluginShowsWhyAndOffersNoInstall(WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);

        String row = MarketplacePage.open(driver, server).search("incompatible").row("fixture-incompatible");

        assertThat(row).contains("No release works with this platform").contains(">=9.0.0").doesNotContain("Install");
    }
}
