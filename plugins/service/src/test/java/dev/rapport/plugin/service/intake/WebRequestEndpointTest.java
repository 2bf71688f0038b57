package dev.rapport.plugin.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.ServiceSettingsForm;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.queue.QueueService;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.request.ServiceSettings;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The website's request form against the real kernel, posted as the platform hands posts over (nobody signed in): a
 * known address gets its request on its customer with the message on the timeline; an unknown one becomes a
 * prospect; a missing or wrong token, bad fields, a filled honeypot and a flood from one address are answered
 * clearly and store nothing; the administrator's choice of queue (validated) and category is followed.
 */
class WebRequestEndpointTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final WebFormToken token = plugin.service(WebFormToken.class);
    private final WebRequestEndpoint endpoint = new WebRequestEndpoint(plugin.context, token,
            plugin.service(WebRequestIntake.class));

    @BeforeEach
    void aQueueExists() {
        plugin.setClock(Instant.parse("2026-12-07T08:00:00Z"));
        plugin.queue(AssignmentMode.MANUAL, List.of());
        kernel.signOut();
    }

    private PublicResponse post(Map<String, String> fields) {
        Map<String, List<String>> parameters = new HashMap<>();
        fields.forEach((name, value) -> parameters.put(name, List.of(value)));
        return kernel.callAsPlugin(() -> endpoint.handle(new PublicRequest("", parameters, Map.of(), "203.0.113.9",
                plugin.clock.instant())));
    }

    private Map<String, String> form(String email, String subject) {
        Map<String, String> fields = new HashMap<>();
        fields.put("token", token.current().orElseThrow());
        fields.put("email", email);
        fields.put("subject", subject);
        fields.put("message", "It stopped working after the update.");
        return fields;
    }

    private static long reference(PublicResponse response) {
        String body = response.body();
        return Long.parseLong(body.replaceAll(".*\"reference\":\"([0-9]+)\".*", "$1"));
    }

    @Test
    void aKnownAddressOpensARequestOnItsCustomerWithTheMessageOnTheTimeline() {
        CustomerInfo customer = plugin.customer();
        PublicResponse response = post(form(customer.primaryEmail().toUpperCase(), "Router offline"));

        assertThat(response.status()).isEqualTo(201);
        ServiceRequest opened = requests.get(reference(response));
        assertThat(opened.customerId()).isEqualTo(customer.id());
        assertThat(opened.channel()).isEqualTo(Channel.WEB);
        assertThat(opened.status()).isEqualTo(RequestStatus.NEW);
        assertThat(opened.description()).isEqualTo("It stopped working after the update.");
        assertThat(kernel.recorded().interactions()).anySatisfy(logged -> {
            assertThat(logged.customerId()).isEqualTo(customer.id());
            assertThat(logged.direction()).isEqualTo(Direction.INBOUND);
            assertThat(logged.subject()).isEqualTo("Router offline");
        });
        assertThat(opened.originInteractionId()).isNotNull();
    }

    @Test
    void anUnknownAddressBecomesAProspectTaggedWebsite() {
        String email = kernel.unique("new") + "@example.org";
        Map<String, String> fields = form(email, "Where is my order?");
        fields.put("first_name", "Nora");
        fields.put("last_name", "Neu");
        fields.put("language", "de");
        PublicResponse response = post(fields);

        assertThat(response.status()).isEqualTo(201);
        CustomerInfo created = kernel.context().customers().find(requests.get(reference(response)).customerId())
                .orElseThrow();
        assertThat(created.displayName()).contains("Neu");
        assertThat(created.stage()).isEqualTo(LifecycleStage.PROSPECT);
        assertThat(created.primaryEmail()).isEqualTo(email);
        assertThat(created.preferredLanguage()).startsWith("de");
        assertThat(created.tags()).contains(WebRequestIntake.TAG);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndStoresNothing() {
        int before = kernel.dsl().fetchCount(dev.rapport.plugin.service.db.Tables.SVC_REQUEST);
        Map<String, String> fields = form("not-an-address", " ");
        fields.put("product", "NO-SUCH-CODE");
        fields.put("category", "x".repeat(61));
        PublicResponse invalid = post(fields);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"email\":\"Not a valid email address\"", "\"subject\":\"Required\"",
                "\"product\":\"No product with the code NO-SUCH-CODE\"", "\"category\":\"At most 60 characters\"");

        PublicResponse nameless = post(form(kernel.unique("anon") + "@example.org", "Help"));
        assertThat(nameless.status()).isEqualTo(422);
        assertThat(nameless.body()).contains("\"last_name\":");

        Map<String, String> german = form("kaputt", "Hilfe");
        german.put("language", "de");
        assertThat(post(german).body()).contains("Keine gültige E-Mail-Adresse");
        assertThat(kernel.dsl().fetchCount(dev.rapport.plugin.service.db.Tables.SVC_REQUEST)).isEqualTo(before);
    }

    @Test
    void aMissingOrWrongTokenIsRefusedAndAFilledHoneypotIsDroppedSilently() {
        CustomerInfo customer = plugin.customer();
        int before = kernel.dsl().fetchCount(dev.rapport.plugin.service.db.Tables.SVC_REQUEST);
        Map<String, String> missing = form(customer.primaryEmail(), "Printer");
        missing.remove("token");
        assertThat(post(missing).status()).isEqualTo(400);
        Map<String, String> wrong = form(customer.primaryEmail(), "Printer");
        wrong.put("token", "x".repeat(32));
        assertThat(post(wrong).status()).isEqualTo(403);
        Map<String, String> bot = form(customer.primaryEmail(), "Cheap watches");
        bot.put(WebRequestEndpoint.HONEYPOT, "http://spam.example");
        PublicResponse dropped = post(bot);
        assertThat(dropped.status()).isEqualTo(201);
        assertThat(dropped.body()).doesNotContain("reference");
        assertThat(kernel.dsl().fetchCount(dev.rapport.plugin.service.db.Tables.SVC_REQUEST)).isEqualTo(before);
    }

    @Test
    void oneAddressOpensAtMostFiveRequestsAnHour() {
        CustomerInfo customer = plugin.customer();
        for (int i = 0; i < WebRequestIntake.PER_ADDRESS_PER_HOUR; i++) {
            assertThat(post(form(customer.primaryEmail(), "Question " + i)).status()).isEqualTo(201);
        }
        PublicResponse refused = post(form(customer.primaryEmail(), "Question again"));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("too-many");
        plugin.clock.advance(java.time.Duration.ofMinutes(61));
        assertThat(post(form(customer.primaryEmail(), "Next hour")).status()).isEqualTo(201);
    }

    @Test
    void theAdministratorChoosesAnExistingQueueAndACategoryForTheFormsRequests() {
        Queue chosen = plugin.queue(AssignmentMode.MANUAL, List.of());
        ServiceSettingsForm settingsForm = new ServiceSettingsForm(plugin.service(QueueService.class));
        assertThat(settingsForm.fields()).filteredOn(field -> field.key().equals(ServiceSettings.WEB_FORM_QUEUE))
                .singleElement().satisfies(field -> assertThat(field.choices()).contains(chosen.name()));
        assertThat(settingsForm.validate(Map.of(ServiceSettings.WEB_FORM_QUEUE, "No such queue")))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo(ServiceSettings.WEB_FORM_QUEUE);
                    assertThat(error.messageKey()).isEqualTo("service.settings.webFormQueueMissing");
                });
        assertThat(settingsForm.validate(Map.of(ServiceSettings.WEB_FORM_QUEUE, chosen.name()))).isEmpty();

        plugin.context.settings().put(ServiceSettings.WEB_FORM_QUEUE, chosen.name());
        plugin.context.settings().put(ServiceSettings.WEB_FORM_CATEGORY, "website");
        try {
            CustomerInfo customer = plugin.customer();
            ServiceRequest uncategorised = requests.get(reference(post(form(customer.primaryEmail(), "Login fails"))));
            assertThat(uncategorised.queueId()).isEqualTo(chosen.id());
            assertThat(uncategorised.category()).isEqualTo("website");
            Map<String, String> billing = form(customer.primaryEmail(), "Invoice twice");
            billing.put("category", "billing");
            assertThat(requests.get(reference(post(billing))).category()).as("the visitor's own category wins")
                    .isEqualTo("billing");
        } finally {
            plugin.context.settings().remove(ServiceSettings.WEB_FORM_QUEUE);
            plugin.context.settings().remove(ServiceSettings.WEB_FORM_CATEGORY);
        }
    }
}
