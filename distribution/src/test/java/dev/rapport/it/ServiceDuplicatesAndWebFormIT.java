package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.platform.plugin.PluginSettingForms;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.extension.SettingField;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * A customer posts twice through the website form: both requests land in the queue the administrator chose for the
 * form; the agent finds them there, merges the duplicate into the other after confirming, and the duplicate is
 * closed with a link to the request it was merged into.
 */
@ExtendWith(RapportBrowserExtension.class)
class ServiceDuplicatesAndWebFormIT {

    private static final String QUEUE_SETTING = "webForm.queue";

    @Test
    void webFormRequestsLandInTheChosenQueueAndADuplicateIsMergedWithConfirmation(RapportServer server,
                                                                                   WebDriver driver) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        User agent = server.account("it-svc-merge-" + suffix, Role.AGENT, "service");
        String email = "dora-" + suffix + "@example.com";
        server.platform().services().require(CustomerService.class).create(new CustomerDraft(CustomerKind.PERSON,
                "Dora", "Double" + suffix, null, LifecycleStage.CUSTOMER, null, "en", "EUR", "UTC", false,
                List.of(new EmailAddress(ContactLabel.WORK, email)), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        PluginSettingForms settings = server.platform().services().require(PluginSettingForms.class);
        String queue = settings.fields("service").stream().filter(field -> field.key().equals(QUEUE_SETTING))
                .map(SettingField::choices).findFirst().orElseThrow().getLast();
        Map<String, String> values = new HashMap<>(settings.values("service"));
        values.put(QUEUE_SETTING, queue);
        settings.save("service", values, Actor.SYSTEM);

        long first = postWebForm(server, values.get("webForm.token"), email, "Printer jams " + suffix);
        long second = postWebForm(server, values.get("webForm.token"), email, "Printer jams again " + suffix);

        LoginPage.signIn(driver, server, agent.username(), RapportServer.PASSWORD);
        ServicePages.QueuePage queuePage = ServicePages.QueuePage.open(driver, server, queue);
        assertThat(queuePage.hasRequest("#" + first + " Printer jams " + suffix)).isTrue();
        assertThat(queuePage.hasRequest("#" + second + " Printer jams again " + suffix)).isTrue();

        ServicePages.RequestPage survivor = ServicePages.RequestPage.open(driver, server, second);
        survivor.mergeDuplicate(first);
        ServicePages.RequestPage merged = ServicePages.RequestPage.open(driver, server, first);
        assertThat(merged.status()).isEqualTo("Closed");
        assertThat(merged.mergedInto()).endsWith("#" + second);
    }

    /** Posts the form as a website does; returns the reference (the request's number) of the 201 answer. */
    private static long postWebForm(RapportServer server, String token, String email, String subject)
            throws IOException, InterruptedException {
        String body = Map.of("token", token, "email", email, "subject", subject, "message", "Paper stuck in tray 2.")
                .entrySet().stream().map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(),
                        StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(
                            server.url("public/service/request-form")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return Long.parseLong(response.body().replaceAll(".*\"reference\":\"([0-9]+)\".*", "$1"));
        }
    }
}
