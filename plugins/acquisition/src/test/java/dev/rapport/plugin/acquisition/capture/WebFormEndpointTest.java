package dev.rapport.plugin.acquisition.capture;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_CAMPAIGN_RESPONSE;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.event.CampaignResponseRecorded;
import dev.rapport.plugin.acquisition.event.LeadCaptured;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/**
 * The web form's own checks (the platform limits rate and size before): token, honeypot, field validation, and
 * what a good post stores. Refused posts store nothing.
 */
class WebFormEndpointTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final WebFormEndpoint endpoint = new WebFormEndpoint(kernel.context(), kernel.service(LeadCapture.class),
            kernel.service(dev.rapport.plugin.acquisition.campaign.ResponseService.class));
    private WebForm contactForm;
    private WebForm webinarForm;
    private long webinar;

    @BeforeEach
    void setUpForms() {
        kernel.signIn(kernel.createUser("Web Manager", Role.MANAGER, "marketing"));
        webinar = kernel.service(CampaignService.class).create(new CampaignDraft(kernel.unique("Webinar "), null,
                Set.of(CampaignChannel.WEB), LocalDate.now(), LocalDate.now().plusDays(5), BigDecimal.ZERO,
                BigDecimal.ZERO, null));
        WebFormService forms = kernel.service(WebFormService.class);
        long contact = forms.save(new WebForm(0, kernel.unique("Contact "), null, null, null, null, true));
        long registration = forms.save(new WebForm(0, kernel.unique("Registration "), null, webinar, ResponseType.ATTENDED,
                "https://example.com/thanks", true));
        contactForm = forms.all().stream().filter(form -> form.id() == contact).findFirst().orElseThrow();
        webinarForm = forms.all().stream().filter(form -> form.id() == registration).findFirst().orElseThrow();
        kernel.signOut();
        AcquisitionTestData.goldCard(kernel);
    }

    private PublicResponse post(Map<String, String> fields) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        fields.forEach((name, value) -> parameters.put(name, List.of(value)));
        // As the platform calls a public endpoint: nobody signed in, the plugin's own identity acting.
        return kernel.callAsPlugin(() -> endpoint.handle(new PublicRequest("", parameters, Map.of(), "203.0.113.9",
                Instant.now())));
    }

    private Map<String, String> valid(WebForm form, String email) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", form.token());
        fields.put("first_name", "Wanda");
        fields.put("last_name", "Web");
        fields.put("company", "Webby AG");
        fields.put("email", email);
        fields.put("country", "CH");
        fields.put("interest", "card-gold");
        fields.put("consent", "yes");
        fields.put("message", "Call me, please");
        return fields;
    }

    private int stored() {
        return kernel.dsl().fetchCount(ACQ_LEAD) + kernel.dsl().fetchCount(ACQ_CAMPAIGN_RESPONSE);
    }

    @Test
    void refusesPostsWithoutAValidTokenOrWithBadFieldsAndStoresNothing() {
        int before = stored();
        Map<String, String> noToken = valid(contactForm, "a@example.com");
        noToken.remove("token");
        Map<String, String> wrongToken = valid(contactForm, "a@example.com");
        wrongToken.put("token", contactForm.token() + "x");
        Map<String, String> badFields = valid(contactForm, "not-an-email");
        badFields.put("country", "Switzerland");
        badFields.put("interest", "NO-SUCH-PRODUCT");
        Map<String, String> nameless = valid(contactForm, "b@example.com");
        nameless.remove("last_name");
        nameless.remove("company");

        assertThat(post(noToken)).satisfies(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.body()).contains("\"error\":\"token-missing\"");
        });
        assertThat(post(wrongToken).status()).isEqualTo(403);
        PublicResponse invalid = post(badFields);
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.body()).contains("\"error\":\"invalid\"").contains("\"interest\":\"There is no product");
        badFields.put("interest", "");
        assertThat(post(badFields).body()).contains("\"email\":\"“not-an-email” is not a valid email address.\"")
                .contains("\"country\":");
        assertThat(post(nameless).body()).contains("\"last_name\":\"A last name or a company is required.\"");
        assertThat(stored()).isEqualTo(before);
        assertThat(kernel.recorded().eventsWithMetadata()).isEmpty();
    }

    @Test
    void aFilledHoneypotLooksAcceptedButStoresNothing() {
        int before = stored();
        Map<String, String> spam = valid(contactForm, kernel.unique("bot") + "@example.com");
        spam.put(WebFormEndpoint.HONEYPOT, "http://cheap-pills.example");

        assertThat(post(spam).status()).isEqualTo(201);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void anInactiveFormRefusesPosts() {
        kernel.signIn(kernel.createUser("Closer", Role.MANAGER, "marketing"));
        kernel.service(WebFormService.class).save(new WebForm(contactForm.id(), contactForm.name(), contactForm.token(),
                null, null, null, false));

        assertThat(post(valid(contactForm, kernel.unique("late") + "@example.com")).status()).isEqualTo(403);
    }

    @Test
    void aGoodPostCapturesTheLeadAndAgainUpdatesIt() {
        String email = kernel.unique("wanda") + "@example.com";

        PublicResponse first = post(valid(contactForm, email));
        PublicResponse second = post(valid(contactForm, email));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body()).isEqualTo("{\"status\":\"received\"}");
        assertThat(second.status()).isEqualTo(201);
        List<Lead> leads = new LeadRepository(kernel.dsl()).withEmail(email, 5);
        assertThat(leads).singleElement().satisfies(lead -> {
            assertThat(lead.source()).isEqualTo(LeadSource.WEB_FORM);
            assertThat(lead.sourceDetail()).isEqualTo(contactForm.name());
            assertThat(lead.marketingConsent()).isTrue();
            assertThat(lead.notes()).isEqualTo("Call me, please");
        });
        assertThat(kernel.service(dev.rapport.plugin.acquisition.lead.LeadService.class).productIds(leads.getFirst().id()))
                .containsExactly(AcquisitionTestData.goldCard(kernel));
        assertThat(kernel.recorded().events(LeadCaptured.class)).extracting(LeadCaptured::existing)
                .containsExactly(false, true);
    }

    @Test
    void aCampaignsFormRecordsTheResponseAndSendsTheBrowserToTheThankYouPage() {
        String email = kernel.unique("guest") + "@example.com";

        PublicResponse response = post(valid(webinarForm, email));

        assertThat(response.status()).isEqualTo(303);
        assertThat(response.headers()).containsEntry("Location", "https://example.com/thanks");
        Lead lead = new LeadRepository(kernel.dsl()).withEmail(email, 1).getFirst();
        assertThat(lead.campaignId()).isEqualTo(webinar);
        assertThat(lead.source()).isEqualTo(LeadSource.CAMPAIGN);
        assertThat(new ResponseRepository(kernel.dsl()).typesForLead(lead.id())).containsExactly(ResponseType.ATTENDED);
        assertThat(kernel.recorded().events(CampaignResponseRecorded.class)).singleElement()
                .satisfies(event -> assertThat(event.origin()).isEqualTo("WEB_FORM"));
    }
}
