package dev.rapport.plugin.acquisition.capture;

import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD;
import static dev.rapport.plugin.acquisition.db.Tables.ACQ_LEAD_INTERACTION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.event.LeadCaptured;
import dev.rapport.plugin.acquisition.lead.DuplicateMatch;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadInteraction;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/** Capturing leads against the plugin's tables: validation, the duplicate check and its policies, the capture log. */
class LeadCaptureTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final LeadCapture capture = kernel.service(LeadCapture.class);
    private final LeadService leads = kernel.service(LeadService.class);
    private UserInfo agent;

    @BeforeEach
    void signIn() {
        agent = kernel.createUser("Ada Agent", Role.AGENT, "sales");
        kernel.signIn(agent);
    }

    private static LeadDraft person(String first, String last, String company, String email, String phone) {
        return new LeadDraft(first, last, company, null, email, phone, null, null, null, "CH", null, false,
                LeadSource.REFERRAL, null, null, null, Set.of());
    }

    private CaptureResult capture(LeadDraft draft, DuplicatePolicy policy) {
        return kernel.dsl().transactionResult(tx -> capture.capture(tx.dsl(), draft,
                new CaptureOrigin(Channel.PHONE, "Captured in a test", "said hello", agent.id(), null), policy));
    }

    private long captured(LeadDraft draft, DuplicatePolicy policy) {
        return ((CaptureResult.Captured) capture(draft, policy)).leadId();
    }

    @Test
    void storesACleanedLeadLogsTheCaptureAndPublishesIt() {
        String last = kernel.unique("Muster");
        long id = captured(person("  Anna ", last, "Acme AG", " Anna." + last + "@Example.com ", "044 668 18 00"),
                DuplicatePolicy.FLAG);

        Lead lead = leads.get(id);
        assertThat(lead.firstName()).isEqualTo("Anna");
        assertThat(lead.email()).isEqualTo("Anna." + last + "@Example.com");
        assertThat(lead.phone()).as("as the kernel normalises it").isEqualTo("+41 44 668 18 00");
        assertThat(lead.status()).isEqualTo(LeadStatus.NEW);
        assertThat(leads.interactions(id)).singleElement().satisfies(contact -> {
            assertThat(contact.subject()).isEqualTo("Captured in a test");
            assertThat(contact.notes()).isEqualTo("said hello");
            assertThat(contact.recordedBy()).isEqualTo(agent.id());
        });
        assertThat(kernel.recorded().events(LeadCaptured.class)).extracting(LeadCaptured::leadId).containsExactly(id);
    }

    @Test
    void refusesAnInvalidLeadWithEveryProblemAndStoresNothing() {
        int leadsBefore = kernel.dsl().fetchCount(ACQ_LEAD);
        int contactsBefore = kernel.dsl().fetchCount(ACQ_LEAD_INTERACTION);
        LeadDraft bad = new LeadDraft("x".repeat(101), null, null, null, "not-an-email", "12", null, null, null, "XX",
                "??", false, LeadSource.OTHER, null, 999_999L, null, Set.of(77L));

        assertThatThrownBy(() -> capture(bad, DuplicatePolicy.FLAG)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("firstName", "lastName",
                        "email", "phone", "countryCode", "preferredLanguage", "campaignId", "productIds"));
        assertThat(kernel.dsl().fetchCount(ACQ_LEAD)).isEqualTo(leadsBefore);
        assertThat(kernel.dsl().fetchCount(ACQ_LEAD_INTERACTION)).isEqualTo(contactsBefore);
        assertThat(kernel.recorded().eventsWithMetadata()).isEmpty();
    }

    @Test
    void findsDuplicateLeadsByEmailPhoneOrNormalisedNameAndReportsThemBeforeStoring() {
        String last = kernel.unique("Müller");
        String email = kernel.unique("jo.") + "@example.com";
        long first = captured(person("Jo", last, null, email, null), DuplicatePolicy.FLAG);
        long byPhone = captured(person("Kim", kernel.unique("Other"), null, null, "+41 79 555 12 " + (10 + first % 80)),
                DuplicatePolicy.FLAG);
        int leadsBefore = kernel.dsl().fetchCount(ACQ_LEAD);

        CaptureResult sameEmail = capture(person("Joanna", kernel.unique("X"), null, email.toUpperCase(), null), DuplicatePolicy.REPORT);
        CaptureResult samePhone = capture(person("Someone", kernel.unique("Y"), null, null, "0795551" + "2" + (10 + first % 80)),
                DuplicatePolicy.REPORT);
        CaptureResult sameName = capture(person("jo", last.toUpperCase().replace("Ü", "U") + " ", null,
                kernel.unique("n") + "@example.com", null), DuplicatePolicy.REPORT);

        assertThat(((CaptureResult.PossibleDuplicates) sameEmail).matches())
                .containsExactly(new DuplicateMatch(DuplicateMatch.Kind.LEAD, first, "Jo " + last, DuplicateMatch.Reason.EMAIL));
        assertThat(((CaptureResult.PossibleDuplicates) samePhone).matches()).extracting(DuplicateMatch::id,
                DuplicateMatch::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(byPhone, DuplicateMatch.Reason.PHONE));
        assertThat(((CaptureResult.PossibleDuplicates) sameName).matches()).extracting(DuplicateMatch::id,
                DuplicateMatch::reason).containsExactly(org.assertj.core.groups.Tuple.tuple(first, DuplicateMatch.Reason.NAME));
        assertThat(kernel.dsl().fetchCount(ACQ_LEAD)).as("nothing stored while asking").isEqualTo(leadsBefore);
    }

    @Test
    void findsDuplicateCustomersAndFlagsTheLeadWithTheBestMatches() {
        String name = kernel.unique("Customer");
        CustomerInfo byEmail = AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Eva " + name, "eva@" + name + ".example",
                null, true, null);
        CustomerInfo byCompany = AcquisitionTestData.customer(kernel, CustomerKind.ORGANISATION, name + " GmbH", null, null, true, null);
        long earlier = captured(person("Eva", name, null, "eva@" + name + ".example", null), DuplicatePolicy.FLAG);

        CaptureResult.Captured result = (CaptureResult.Captured) capture(
                person("Eva", name, name + " GmbH", "eva@" + name + ".example", null), DuplicatePolicy.FLAG);

        assertThat(result.duplicates()).extracting(DuplicateMatch::kind, DuplicateMatch::id).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(DuplicateMatch.Kind.LEAD, earlier),
                org.assertj.core.groups.Tuple.tuple(DuplicateMatch.Kind.CUSTOMER, byEmail.id()),
                org.assertj.core.groups.Tuple.tuple(DuplicateMatch.Kind.CUSTOMER, byCompany.id()));
        Lead flagged = leads.get(result.leadId());
        assertThat(flagged.possibleDuplicateLeadId()).isEqualTo(earlier);
        assertThat(flagged.possibleDuplicateCustomerId()).isEqualTo(byEmail.id());
    }

    @Test
    void anImportRefusesASecondLeadWithTheSameEmailAddress() {
        String email = kernel.unique("imp") + "@example.com";
        long first = captured(person("Ida", kernel.unique("Import"), null, email, null), DuplicatePolicy.REFUSE_LEAD_WITH_SAME_EMAIL);

        assertThatThrownBy(() -> capture(person("Ida", kernel.unique("Again"), null, email, null),
                DuplicatePolicy.REFUSE_LEAD_WITH_SAME_EMAIL)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).containsExactly(FieldError.of("email", "acquisition.validation.duplicateLead", first)));
    }

    @Test
    void aWebFormUpdatesTheOpenLeadWithTheSameEmailInsteadOfAddingOne() {
        String email = kernel.unique("web") + "@example.com";
        String last = kernel.unique("Known");
        long savings = AcquisitionTestData.savingsPlan(kernel);
        long goldCard = AcquisitionTestData.goldCard(kernel);
        long first = captured(new LeadDraft("Uli", last, null, null, email, null, null, null, null, null, null, false,
                LeadSource.WEB_FORM, null, null, null, Set.of(savings)), DuplicatePolicy.UPDATE_OPEN_LEAD_WITH_SAME_EMAIL);

        CaptureResult.Captured again = (CaptureResult.Captured) capture(new LeadDraft("Ulrich", "Other", "Acme AG",
                "CEO", email, "+41 44 111 22 33", null, null, "Zürich", "CH", null, true, LeadSource.WEB_FORM, null, null,
                null, Set.of(goldCard)), DuplicatePolicy.UPDATE_OPEN_LEAD_WITH_SAME_EMAIL);

        assertThat(again.leadId()).isEqualTo(first);
        assertThat(again.existing()).isTrue();
        Lead lead = leads.get(first);
        assertThat(lead.firstName()).as("what the lead had stays").isEqualTo("Uli");
        assertThat(lead.lastName()).isEqualTo(last);
        assertThat(lead.company()).as("what it lacked is filled in").isEqualTo("Acme AG");
        assertThat(lead.phone()).as("as the kernel normalises it").isEqualTo("+41 44 111 22 33");
        assertThat(lead.marketingConsent()).isTrue();
        assertThat(leads.productIds(first)).containsExactlyInAnyOrder(savings, goldCard);
        assertThat(leads.interactions(first)).hasSize(2).extracting(LeadInteraction::subject).containsOnly("Captured in a test");
        assertThat(kernel.recorded().events(LeadCaptured.class)).extracting(LeadCaptured::existing)
                .containsExactly(false, true);
    }
}
