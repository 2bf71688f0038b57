package dev.rapport.plugin.acquisition.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.event.LeadConverted;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.StoredCustomer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Leads become customers through the SDK's customer editor, with their history carried over and the link kept. */
class LeadConversionTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final LeadService leads = kernel.service(LeadService.class);
    private final LeadConversion conversion = kernel.service(LeadConversion.class);
    private final UserInfo agent = kernel.createUser("Conny Agent", Role.AGENT, "sales");
    private final ConversionRequest.ToNewCustomer newOrganisation = new ConversionRequest.ToNewCustomer(
            CustomerKind.ORGANISATION, LifecycleStage.CUSTOMER, "de-CH", "CHF", "Europe/Zurich", null);

    @BeforeEach
    void signIn() {
        AcquisitionTestData.reset(kernel);
        kernel.signIn(agent);
    }

    private long lead(String company, Long campaignId) {
        CaptureResult result = leads.capture(new LeadDraft("Lena", kernel.unique("Convert"), company, "CFO",
                kernel.unique("lena") + "@example.com", "+41 44 123 45 67", "Seestrasse 1", "8002", "Zürich", "CH", "de", true,
                LeadSource.TRADE_SHOW, "Fair", campaignId, "Met at the stand", Set.of(AcquisitionTestData.savingsPlan(kernel))), Channel.MEETING, true, true);
        return ((CaptureResult.Captured) result).leadId();
    }

    @Test
    void convertsIntoANewOrganisationWithTheLeadAsContactAndItsHistoryCarriedOver() {
        kernel.signIn(kernel.createUser("Camp Manager", Role.MANAGER, "marketing"));
        long campaignId = kernel.service(CampaignService.class).create(new CampaignDraft(kernel.unique("Fair "), null,
                Set.of(CampaignChannel.EVENT), LocalDate.now().minusDays(5), LocalDate.now(), BigDecimal.TEN,
                BigDecimal.ONE, null));
        kernel.signIn(agent);
        String company = kernel.unique("Convert AG ");
        long leadId = lead(company, campaignId);
        leads.logContact(leadId, Channel.PHONE, Direction.OUTBOUND, "Follow-up call", "Wants an offer",
                Outcome.COMPLETED, Instant.now());
        long responseId = new ResponseRepository(kernel.dsl()).insert(campaignId, null, leadId, null,
                dev.rapport.plugin.acquisition.campaign.ResponseType.ATTENDED, Channel.MEETING, null,
                dev.rapport.plugin.acquisition.campaign.ResponseOrigin.MANUAL, Instant.now(), agent.id(), Instant.now());

        long customerId = conversion.convert(leadId, new ConversionRequest.ToNewCustomer(CustomerKind.ORGANISATION,
                LifecycleStage.CUSTOMER, "de-CH", "CHF", "Europe/Zurich", agent.id()));

        StoredCustomer customer = kernel.recorded().customer(customerId);
        assertThat(customer.info().displayName()).isEqualTo(company);
        assertThat(customer.info().ownerId()).isEqualTo(agent.id());
        assertThat(customer.addresses()).singleElement()
                .satisfies(address -> assertThat(address.city()).isEqualTo("Zürich"));
        assertThat(customer.notes()).contains("lead #" + leadId).contains("Fair ");
        assertThat(customer.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.firstName()).isEqualTo("Lena");
            assertThat(contact.jobTitle()).isEqualTo("CFO");
        });
        List<InteractionInfo> carried = kernel.recorded().interactions();
        assertThat(carried).extracting(InteractionInfo::subject)
                .containsExactly("Lead captured by Conny Agent", "Follow-up call");
        assertThat(carried).allSatisfy(interaction -> {
            assertThat(interaction.customerId()).isEqualTo(customerId);
            assertThat(interaction.recordedBy()).isEqualTo(agent.id());
        });
        Lead converted = leads.get(leadId);
        assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(converted.customerId()).isEqualTo(customerId);
        assertThat(converted.convertedAt()).isNotNull();
        assertThat(new ResponseRepository(kernel.dsl()).forCustomer(customerId, 10))
                .extracting(named -> named.response().id()).containsExactly(responseId);
        assertThat(kernel.recorded().events(LeadConverted.class)).singleElement().isEqualTo(
                new LeadConverted(customerId, leadId, campaignId, true));
    }

    @Test
    void convertsIntoAnExistingCustomerAddingWhatItLacks() {
        CustomerInfo existing = AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Lena Known",
                kernel.unique("lena.known") + "@example.com", null, true, null);
        long leadId = lead(null, null);

        long customerId = conversion.convert(leadId, new ConversionRequest.IntoExistingCustomer(existing.id()));

        assertThat(customerId).isEqualTo(existing.id());
        StoredCustomer customer = kernel.recorded().customer(existing.id());
        assertThat(customer.emails()).hasSize(2);
        assertThat(customer.phones()).as("as the kernel formats it").containsExactly("+41 44 123 45 67");
        assertThat(kernel.recorded().customers()).as("no customer created").extracting(CustomerInfo::id)
                .containsExactly(existing.id());
        assertThat(kernel.recorded().events(LeadConverted.class)).singleElement()
                .satisfies(event -> assertThat(event.newCustomer()).isFalse());
    }

    @Test
    void refusesClosedLeadsKindsTheLeadCannotFillAndUsersWhoMayNot() {
        long withoutCompany = lead(null, null);
        assertThatThrownBy(() -> conversion.convert(withoutCompany, newOrganisation))
                .isInstanceOf(ValidationException.class);

        long disqualified = lead("Closed AG", null);
        leads.disqualify(disqualified, "No budget");
        assertThatThrownBy(() -> conversion.convert(disqualified, newOrganisation)).isInstanceOf(ValidationException.class);

        long someoneElses = lead("Other AG", null);
        kernel.signIn(kernel.createUser("Foreign Agent", Role.AGENT, "sales"));
        assertThatThrownBy(() -> conversion.convert(someoneElses, newOrganisation)).isInstanceOf(AccessDeniedException.class);
        kernel.signIn(kernel.createUser("Reader", Role.READ_ONLY, "sales"));
        assertThatThrownBy(() -> conversion.convert(someoneElses, newOrganisation)).isInstanceOf(AccessDeniedException.class);

        assertThat(kernel.recorded().customers()).isEmpty();
        assertThat(leads.get(someoneElses).status()).isEqualTo(LeadStatus.NEW);
    }

    @Test
    void statusesMoveOnlyAlongTheLifecycle() {
        long id = lead("Flow AG", null);
        leads.markContacted(id);
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.CONTACTED);
        assertThatThrownBy(() -> leads.markContacted(id)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> leads.disqualify(id, " ")).isInstanceOf(ValidationException.class);
        leads.disqualify(id, "Went with a competitor");
        assertThat(leads.get(id).disqualifyReason()).isEqualTo("Went with a competitor");
        assertThatThrownBy(() -> leads.qualify(id)).isInstanceOf(ValidationException.class);
        leads.reopen(id);
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.NEW);
        assertThat(leads.get(id).disqualifyReason()).isNull();
        leads.qualify(id);
        assertThat(leads.get(id).status()).isEqualTo(LeadStatus.QUALIFIED);
    }
}
