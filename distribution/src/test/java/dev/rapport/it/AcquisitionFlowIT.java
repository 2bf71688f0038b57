package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.user.User;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Acquisition from start to finish in real browsers: a marketing manager plans a campaign, gives it a web form,
 * adds a scoring rule and routes Swiss leads to an agent; a prospect registers through the form on the company's
 * website (a plain HTTP post); the lead arrives scored, qualified and assigned to the agent, who converts it; the
 * new customer's 360° view shows the lead, the campaign and the carried-over interaction.
 */
@ExtendWith(RapportBrowserExtension.class)
class AcquisitionFlowIT {

    @Test
    void aCampaignResponseFromTheWebFormBecomesAScoredAssignedLeadAndThenACustomer(RapportServer server, WebDriver driver) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User manager = server.account("it-acq-manager-" + suffix, Role.MANAGER, "marketing");
        User agent = server.account("it-acq-agent-" + suffix, Role.AGENT, "sales");
        String campaignName = "Open day " + suffix;
        String formName = "Open day registration " + suffix;

        LoginPage.signIn(driver, server, manager.username(), RapportServer.PASSWORD);
        AcquisitionPages.CampaignPage campaign = AcquisitionPages.CampaignsPage.open(driver, server)
                .create(campaignName, "Event", LocalDate.now().plusDays(30), "5000", "1200");
        assertThat(campaign.title()).isEqualTo(campaignName);
        String token = campaign.createWebForm(formName);
        AcquisitionPages.ScoringRulesPage.open(driver, server).addFieldRule("Country", "CH", 10);
        AcquisitionPages.LeadRoutingPage.open(driver, server).addTerritoryRule("CH", agent.displayName());

        String lastName = "Prospect" + suffix;
        HttpResponse<String> posted = postWebForm(server, Map.of("token", token, "first_name", "Petra",
                "last_name", lastName, "company", "Petra AG " + suffix, "email", "petra." + suffix + "@example.com",
                "phone", "+41 44 668 18 00", "country", "CH", "consent", "yes", "message", "I will come with two colleagues"));
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);

        try (Browsers.Browser agentsBrowser = Browsers.open()) {
            WebDriver agentDriver = agentsBrowser.driver();
            LoginPage.signIn(agentDriver, server, agent.username(), RapportServer.PASSWORD);
            AcquisitionPages.LeadsPage leads = AcquisitionPages.LeadsPage.open(agentDriver, server).search(lastName);
            assertThat(leads.row(0)).containsExactly("Petra " + lastName + " (Petra AG " + suffix + ")", "Qualified",
                    "55", agent.displayName());
            AcquisitionPages.LeadPage lead = leads.open("Petra " + lastName + " (Petra AG " + suffix + ")");
            assertThat(lead.status()).isEqualTo("Qualified");
            assertThat(lead.score()).isEqualTo("Score 55 of 50");
            assertThat(lead.scoreExplanation()).contains("Country is one of CH +10",
                    "Each campaign response “Replied” +20");

            Customer360Page customer = lead.convertToNewCustomer();
            assertThat(customer.customerName()).isEqualTo("Petra AG " + suffix);
            assertThat(customer.tabLabels()).contains("Acquisition");
            AcquisitionPages.AcquisitionTab acquisition = customer.acquisitionTab();
            assertThat(acquisition.leadName()).isEqualTo("Petra " + lastName + " (Petra AG " + suffix + ")");
            assertThat(acquisition.campaignName()).isEqualTo(campaignName);
            assertThat(acquisition.response(0, 1)).isEqualTo(campaignName);
            assertThat(acquisition.response(0, 2)).isEqualTo("Replied");
            customer.selectTab("Timeline");
            assertThat(customer.timelineCell(0, 2)).isEqualTo("Web form “" + formName + "”");
        }

        AcquisitionPages.CampaignPage results = AcquisitionPages.CampaignsPage.open(driver, server).openCampaign(campaignName);
        assertThat(results.figure("result-leads")).isEqualTo("1");
        assertThat(results.figure("result-conversions")).isEqualTo("1");
        assertThat(results.figure("result-cpa")).isEqualTo("EUR 1,200.00");
    }

    private static HttpResponse<String> postWebForm(RapportServer server, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(server.url("public/acquisition/web-form")))
                    .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
