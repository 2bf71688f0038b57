package dev.rapport.plugin.acquisition.lead;

import static dev.rapport.plugin.acquisition.testing.TestPlugin.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.event.LeadConverted;
import dev.rapport.plugin.acquisition.testing.FakeCustomers;
import dev.rapport.plugin.acquisition.testing.FakeKernel;
import dev.rapport.plugin.acquisition.testing.PluginDatabase;
import dev.rapport.plugin.acquisition.testing.TestPlugin;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Leads become customers through the SDK's customer editor, with their history carried over and the link kept. */
class LeadConversionTest {

    private final TestPlugin plugin = new TestPlugin();
    private final LeadService leads = plugin.service(LeadService.class);
    private final LeadConversion conversion = plugin.service(LeadConversion.class);
    private final UserInfo agent = plugin.context.kernel.addUser("Conny Agent", Role.AGENT, "sales");
    private final ConversionRequest.ToNewCustomer newOrganisation = new ConversionRequest.ToNewCustomer(
            CustomerKind.ORGANISATION, LifecycleStage.CUSTOMER, "de-CH", "CHF", "Europe/Zurich", null);

    @BeforeEach
    void signIn() {
        plugin.context.kernel.actAs(agent);
    }

    private long lead(String company, Long campaignId) {
        CaptureResult result = leads.capture(new LeadDraft("Lena", unique("Convert"), company, "CFO",
                unique("lena") + "@example.com", "+41 44 123 45 67", "Seestrasse 1", "8002", "Zürich", "CH", "de", true,
                LeadSource.TRADE_SHOW, "Fair", campaignId, "Met at the stand", Set.of(1L)), Channel.MEETING, true, true);
        return ((CaptureResult.Captured) result).leadId();
    }

    @Test
    void convertsIntoANewOrganisationWithTheLeadAsContactAndItsHistoryCarriedOver() {
        plugin.context.kernel.actAs(plugin.context.kernel.addUser("Camp Manager", Role.MANAGER, "marketing"));
        long campaignId = plugin.service(CampaignService.class).create(new CampaignDraft(unique("Fair "), null,
                Set.of(CampaignChannel.EVENT), LocalDate.now().minusDays(5), LocalDate.now(), BigDecimal.TEN,
                BigDecimal.ONE, null));
        plugin.context.kernel.actAs(agent);
        String company = unique("Convert AG ");
        long leadId = lead(company, campaignId);
        leads.logContact(leadId, Channel.PHONE, Direction.OUTBOUND, "Follow-up call", "Wants an offer",
                Outcome.COMPLETED, Instant.now());
        long responseId = new ResponseRepository(PluginDatabase.dsl()).insert(campaignId, null, leadId, null,
                dev.rapport.plugin.acquisition.campaign.ResponseType.ATTENDED, Channel.MEETING, null,
                dev.rapport.plugin.acquisition.campaign.ResponseOrigin.MANUAL, Instant.now(), agent.id(), Instant.now());

        long customerId = conversion.convert(leadId, new ConversionRequest.ToNewCustomer(CustomerKind.ORGANISATION,
                LifecycleStage.CUSTOMER, "de-CH", "CHF", "Europe/Zurich", agent.id()));

        FakeCustomers.Stored customer = plugin.context.customers.stored(customerId);
        assertThat(customer.info().displayName()).isEqualTo(company);
        assertThat(customer.info().ownerId()).isEqualTo(agent.id());
        assertThat(customer.createdFrom().addresses()).singleElement()
                .satisfies(address -> assertThat(address.city()).isEqualTo("Zürich"));
        assertThat(customer.createdFrom().notes()).contains("lead #" + leadId).contains("Fair ");
        assertThat(customer.contacts()).singleElement().satisfies(contact -> {
            assertThat(contact.firstName()).isEqualTo("Lena");
            assertThat(contact.jobTitle()).isEqualTo("CFO");
        });
        List<FakeKernel.Appended> carried = plugin.context.kernel.interactions;
        assertThat(carried).extracting(appended -> appended.interaction().subject())
                .containsExactly("Lead captured by Conny Agent", "Follow-up call");
        assertThat(carried).allSatisfy(appended -> {
            assertThat(appended.interaction().customerId()).isEqualTo(customerId);
            assertThat(appended.recordedBy()).isEqualTo(agent.id());
        });
        Lead converted = leads.get(leadId);
        assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
        assertThat(converted.customerId()).isEqualTo(customerId);
        assertThat(converted.convertedAt()).isNotNull();
        assertThat(new ResponseRepository(PluginDatabase.dsl()).forCustomer(customerId, 10))
                .extracting(named -> named.response().id()).containsExactly(responseId);
        assertThat(plugin.context.kernel.events(LeadConverted.class)).singleElement().isEqualTo(
                new LeadConverted(customerId, leadId, campaignId, true));
    }

    @Test
    void convertsIntoAnExistingCustomerAddingWhatItLacks() {
        CustomerInfo existing = plugin.context.customers.add(CustomerKind.PERSON, "Lena Known", "lena.known@example.com",
                null, true, null);
        long leadId = lead(null, null);

        long customerId = conversion.convert(leadId, new ConversionRequest.IntoExistingCustomer(existing.id()));

        assertThat(customerId).isEqualTo(existing.id());
        FakeCustomers.Stored customer = plugin.context.customers.stored(existing.id());
        assertThat(customer.emails()).hasSize(2);
        assertThat(customer.phones()).containsExactly("+41441234567");
        assertThat(plugin.context.customers.count()).as("no customer created").isEqualTo(1);
        assertThat(plugin.context.kernel.events(LeadConverted.class)).singleElement()
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
        plugin.context.kernel.actAs(plugin.context.kernel.addUser("Foreign Agent", Role.AGENT, "sales"));
        assertThatThrownBy(() -> conversion.convert(someoneElses, newOrganisation)).isInstanceOf(AccessDeniedException.class);
        plugin.context.kernel.actAs(plugin.context.kernel.addUser("Reader", Role.READ_ONLY, "sales"));
        assertThatThrownBy(() -> conversion.convert(someoneElses, newOrganisation)).isInstanceOf(AccessDeniedException.class);

        assertThat(plugin.context.customers.count()).isZero();
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
