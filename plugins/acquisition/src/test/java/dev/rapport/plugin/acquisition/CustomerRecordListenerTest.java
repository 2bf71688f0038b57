package dev.rapport.plugin.acquisition;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.campaign.ResponseOrigin;
import dev.rapport.plugin.acquisition.campaign.ResponseRepository;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.lead.ConversionRequest;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The plugin follows the kernel's customers: a merge moves its records, a deletion takes them away. */
class CustomerRecordListenerTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final LeadService leads = kernel.service(LeadService.class);
    private final UserInfo agent = kernel.createUser("Della Agent", Role.AGENT, "sales");
    private final ResponseRepository responses = new ResponseRepository(kernel.dsl());
    private long campaignId;

    @BeforeEach
    void campaign() {
        AcquisitionTestData.reset(kernel);
        kernel.signIn(kernel.createUser("Della Manager", Role.MANAGER, "marketing"));
        campaignId = kernel.service(CampaignService.class).create(new CampaignDraft(kernel.unique("Fair "), null,
                Set.of(CampaignChannel.EVENT), LocalDate.now().minusDays(5), LocalDate.now(), BigDecimal.TEN,
                BigDecimal.ONE, null));
        kernel.signIn(agent);
    }

    /** A lead with a contact and a campaign response, converted into a new organisation. */
    private long convertedLead() {
        CaptureResult result = leads.capture(new LeadDraft("Dora", kernel.unique("Delete"), kernel.unique("Gone AG "),
                "CFO", kernel.unique("dora") + "@example.com", null, null, null, "Zürich", "CH", "de", true,
                LeadSource.TRADE_SHOW, "Fair", campaignId, "Met at the stand", Set.of()), Channel.MEETING, true, true);
        long leadId = ((CaptureResult.Captured) result).leadId();
        leads.logContact(leadId, Channel.PHONE, Direction.OUTBOUND, "Call", "Private remarks", Outcome.COMPLETED,
                Instant.now());
        responses.insert(campaignId, null, leadId, null, ResponseType.ATTENDED, Channel.MEETING, null,
                ResponseOrigin.MANUAL, Instant.now(), agent.id(), Instant.now());
        return leadId;
    }

    private long convert(long leadId) {
        return kernel.service(LeadConversion.class).convert(leadId, new ConversionRequest.ToNewCustomer(
                CustomerKind.ORGANISATION, LifecycleStage.CUSTOMER, "de-CH", "CHF", "Europe/Zurich", agent.id()));
    }

    @Test
    void aDeletedCustomerTakesTheLeadsConvertedIntoThemAndTheirCampaignRecordsAlong() {
        long leadId = convertedLead();
        long customerId = convert(leadId);
        long bystander = convert(convertedLead());
        assertThat(responses.forCustomer(customerId, 10)).hasSize(1);

        kernel.deleteCustomer(customerId);
        kernel.awaitEvents();

        assertThat(leads.find(leadId)).as("the lead held the person's data").isEmpty();
        assertThat(responses.forCustomer(customerId, 10)).isEmpty();
        assertThat(responses.forCustomer(bystander, 10)).as("another customer's records stay").hasSize(1);
        assertThat(kernel.service(CampaignService.class).get(campaignId)).isNotNull();
    }

    @Test
    void aMergedCustomersLeadsAndResponsesMoveToTheSurvivor() {
        long mergedLead = convertedLead();
        long merged = convert(mergedLead);
        long survivor = convert(convertedLead());

        kernel.mergeCustomers(survivor, merged);
        kernel.awaitEvents();

        assertThat(leads.get(mergedLead).customerId()).isEqualTo(survivor);
        assertThat(responses.forCustomer(survivor, 10)).hasSize(2);
        assertThat(responses.forCustomer(merged, 10)).isEmpty();
    }
}
