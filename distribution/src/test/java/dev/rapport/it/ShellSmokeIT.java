package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** The product is up: its root URL is served and Vaadin renders the application in a real browser. */
@ExtendWith(RapportBrowserExtension.class)
class ShellSmokeIT {

    @Test
    void theRootUrlServesRapportsPage(RapportServer server) {
        HttpResponse<String> response = server.httpGet("/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<title>Rapport CRM</title>");
    }

    @Test
    void theRootUrlRendersTheVaadinApplication(RapportServer server, WebDriver driver) {
        LoginPage.signInAsAdministrator(driver, server);
        ShellPage shell = ShellPage.open(driver, server);

        assertThat(shell.vaadinClientCount()).as("Vaadin clients bootstrapped on the page").isPositive();
        assertThat(shell.appLayout().isDisplayed()).as("main layout visible").isTrue();
    }
}
