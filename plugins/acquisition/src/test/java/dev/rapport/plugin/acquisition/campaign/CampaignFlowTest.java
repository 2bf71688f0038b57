package dev.rapport.plugin.acquisition.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.acquisition.event.CampaignResponseRecorded;
import dev.rapport.plugin.acquisition.lead.ConversionRequest;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadStatus;
import dev.rapport.plugin.acquisition.capture.CaptureOrigin;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;

/**
 * A campaign's life: planned by a manager, targets from a segment, responses by hand and from outside, follow-up
 * tasks, and the results (response rate, conversions, revenue, cost per acquisition, ROI).
 */
class CampaignFlowTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    private final CampaignService campaigns = kernel.service(CampaignService.class);
    private final SegmentService segments = kernel.service(SegmentService.class);
    private final TargetListBuilder targets = kernel.service(TargetListBuilder.class);
    private final ResponseService responses = kernel.service(ResponseService.class);
    private final CampaignResultsCalculator results = kernel.service(CampaignResultsCalculator.class);
    private final UserInfo manager = kernel.createUser("Marga Manager", Role.MANAGER, "marketing");
    private final UserInfo agent = kernel.createUser("Ali Agent", Role.AGENT, "marketing");

    private long campaign(String cost) {
        kernel.signIn(manager);
        return campaigns.create(new CampaignDraft(kernel.unique("Spring "), "Win savers", Set.of(CampaignChannel.EMAIL),
                LocalDate.now().minusDays(10), LocalDate.now().plusDays(10), new BigDecimal("1000.00"),
                new BigDecimal(cost), kernel.department("marketing").id()));
    }

    @Test
    void managersPlanValidCampaignsOthersDoNot() {
        kernel.signIn(agent);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("Agent's", null, Set.of(CampaignChannel.EMAIL),
                LocalDate.now(), LocalDate.now(), BigDecimal.ONE, BigDecimal.ONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        kernel.signIn(manager);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft(" ", null, Set.of(), LocalDate.now(),
                LocalDate.now().minusDays(1), new BigDecimal("-1"), new BigDecimal("1.005"), 999L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(error -> error.field())
                        .containsExactlyInAnyOrder("name", "channels", "endsOn", "budget", "actualCost", "departmentId"));
        assertThat(campaigns.get(campaign("250.00")).currency()).isEqualTo("EUR");
    }

    /** Segments name the test's own customers (last names start with the test's tag): the kernel holds everyone's. */
    @Test
    void targetsComeFromASegmentOnlyOnceAndOnlyWithConsent() {
        String tag = kernel.unique("seg");
        long id = campaign("10");
        List<CustomerInfo> consenting = List.of(
                AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Tina " + tag, "tina@" + tag + ".example", null, true, null),
                AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Tom " + tag, "tom@" + tag + ".example", null, true, null));
        AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Nina " + tag, "nina@" + tag + ".example", null, false, null);
        long segment = segments.save(new Segment(0, kernel.unique("Consenting "), SegmentAudience.CUSTOMERS, tag, Set.of(), null,
                null, true, Set.of(), null, null));

        TargetListBuilder.Result first = targets.addFromSegment(id, SegmentAudience.CUSTOMERS, segment);
        TargetListBuilder.Result again = targets.addFromSegment(id, SegmentAudience.CUSTOMERS, segment);

        assertThat(first.added()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(targets.targets(id, null, 10)).extracting(CampaignTarget::customerId)
                .containsExactlyInAnyOrderElementsOf(consenting.stream().map(CustomerInfo::id).toList());
    }

    @Test
    void responsesAreLoggedOnTheRespondersAndUnsubscribingWithdrawsConsent() {
        long id = campaign("10");
        String tag = kernel.unique("resp");
        CustomerInfo customer = AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Rita " + tag, "rita@" + tag + ".example",
                null, true, null);
        targets.addFromSegment(id, SegmentAudience.CUSTOMERS, segments.save(new Segment(0, kernel.unique("All "), SegmentAudience.CUSTOMERS, tag, Set.of(),
                null, null, true, Set.of(), null, null)));
        CampaignTarget target = targets.targets(id, null, 500).stream()
                .filter(candidate -> customer.id() == candidate.customerId()).findFirst().orElseThrow();

        kernel.signIn(agent);
        responses.recordForTarget(target.id(), new ResponseService.ResponseDetails(ResponseType.UNSUBSCRIBED, Channel.EMAIL,
                "Please stop", Instant.now()), ResponseOrigin.MANUAL);

        assertThat(kernel.context().customers().find(customer.id()).orElseThrow().marketingConsent()).isFalse();
        assertThat(kernel.recorded().interactions()).singleElement().satisfies(logged -> {
            assertThat(logged.customerId()).isEqualTo(customer.id());
            assertThat(logged.subject()).contains("Unsubscribed");
            assertThat(logged.recordedBy()).isEqualTo(agent.id());
        });
        assertThat(kernel.recorded().events(CampaignResponseRecorded.class)).singleElement()
                .satisfies(event -> assertThat(event.customerId()).isEqualTo(customer.id()));
        assertThatThrownBy(() -> responses.recordForTarget(target.id(), new ResponseService.ResponseDetails(null, null, null,
                Instant.now().plus(Duration.ofDays(3))), ResponseOrigin.MANUAL)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aResponseFromSomeoneUnknownCapturesALeadOfTheCampaignAndScoresIt() {
        long id = campaign("10");
        kernel.signOut();
        String email = kernel.unique("new") + "@example.com";
        LeadDraft person = new LeadDraft("Nora", kernel.unique("New"), null, null, email, null, null, null, null, null, null,
                false, LeadSource.CAMPAIGN, "import.csv", id, null, Set.of());

        // As the plugin's own identity, as when a response arrives from outside (an import job, a web form).
        ResponseService.Responder first = kernel.callAsPlugin(() -> responses.recordFromOutside(campaigns.get(id), person,
                new CaptureOrigin(Channel.EMAIL, "Imported", null, null, null),
                new ResponseService.ResponseDetails(ResponseType.REPLIED, Channel.EMAIL, null, Instant.now()),
                ResponseOrigin.IMPORT));
        ResponseService.Responder second = kernel.callAsPlugin(() -> responses.recordFromOutside(campaigns.get(id), person,
                new CaptureOrigin(Channel.EMAIL, "Imported", null, null, null),
                new ResponseService.ResponseDetails(ResponseType.OPENED, Channel.EMAIL, null, Instant.now()),
                ResponseOrigin.IMPORT));

        assertThat(second.leadId()).isEqualTo(first.leadId());
        Lead lead = new LeadRepository(kernel.dsl()).get(first.leadId());
        assertThat(lead.campaignId()).isEqualTo(id);
        assertThat(new ResponseRepository(kernel.dsl()).typesForLead(lead.id()))
                .containsExactlyInAnyOrder(ResponseType.REPLIED, ResponseType.OPENED);
    }

    @Test
    void resultsCountTheFunnelAndWeighRevenueAgainstCost() {
        long id = campaign("300.00");
        kernel.signOut();
        LeadService leads = kernel.service(LeadService.class);
        long[] leadIds = new long[3];
        for (int i = 0; i < 3; i++) {
            leadIds[i] = kernel.callAsPlugin(() -> responses.recordFromOutside(campaigns.get(id), new LeadDraft("Res", kernel.unique("Funnel"), "Funnel AG",
                            null, kernel.unique("f") + "@example.com", null, null, null, null, null, null, false,
                            LeadSource.CAMPAIGN, null, id, null, Set.of()),
                    new CaptureOrigin(Channel.WEB, "Web form", null, null, null),
                    new ResponseService.ResponseDetails(ResponseType.REPLIED, Channel.WEB, null, Instant.now()),
                    ResponseOrigin.WEB_FORM).leadId());
        }
        LeadConversion conversion = kernel.service(LeadConversion.class);
        kernel.signIn(manager);
        long customerA = conversion.convert(leadIds[0], new ConversionRequest.ToNewCustomer(CustomerKind.ORGANISATION,
                dev.rapport.sdk.customer.LifecycleStage.CUSTOMER, "en", "EUR", "UTC", null));
        long customerB = conversion.convert(leadIds[1], new ConversionRequest.ToNewCustomer(CustomerKind.ORGANISATION,
                dev.rapport.sdk.customer.LifecycleStage.CUSTOMER, "en", "EUR", "UTC", null));
        kernel.recordTransaction(customerA, TransactionKind.PURCHASE, "500.00", "EUR", Instant.now().minusSeconds(60));
        kernel.recordTransaction(customerB, TransactionKind.PURCHASE, "400.00", "EUR", Instant.now().minusSeconds(60));
        kernel.recordTransaction(customerB, TransactionKind.PURCHASE, "50.00", "CHF", Instant.now().minusSeconds(60));
        kernel.recordTransaction(customerB, TransactionKind.PURCHASE, "999.00", "EUR", Instant.now().minus(Duration.ofDays(30)));
        assertThat(leads.get(leadIds[2]).status()).isNotEqualTo(LeadStatus.CONVERTED);

        CampaignResults figures = results.results(id);

        assertThat(figures.targets()).isZero();
        assertThat(figures.responses()).isEqualTo(3);
        assertThat(figures.responseRate()).as("no targets, no rate").isNull();
        assertThat(figures.leads()).isEqualTo(3);
        assertThat(figures.conversions()).isEqualTo(2);
        assertThat(figures.revenue()).as("only since the campaign started, only EUR").isEqualByComparingTo("900.00");
        assertThat(figures.otherRevenue()).singleElement().satisfies(total -> assertThat(total.currency()).isEqualTo("CHF"));
        assertThat(figures.costPerAcquisition()).isEqualByComparingTo("150.00");
        assertThat(figures.roi()).isEqualByComparingTo("2.0000");
    }

    @Test
    void followUpTasksAreMadeOncePerResponderAndKind() {
        long id = campaign("10");
        String tag = kernel.unique("ful");
        CustomerInfo owned = AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Olga " + tag, "olga@" + tag + ".example",
                null, true, agent.id());
        CustomerInfo unowned = AcquisitionTestData.customer(kernel, CustomerKind.PERSON, "Udo " + tag, "udo@" + tag + ".example",
                null, true, null);
        targets.addFromSegment(id, SegmentAudience.CUSTOMERS, segments.save(new Segment(0, kernel.unique("Everyone "), SegmentAudience.CUSTOMERS, tag,
                Set.of(), null, null, true, Set.of(), null, null)));
        kernel.signIn(agent);
        for (CampaignTarget target : targets.targets(id, null, 500)) {
            if (target.customerId() == owned.id() || target.customerId() == unowned.id()) {
                responses.recordForTarget(target.id(), new ResponseService.ResponseDetails(ResponseType.REPLIED,
                        Channel.EMAIL, null, Instant.now()), ResponseOrigin.MANUAL);
            }
        }
        FulfilmentService fulfilment = kernel.service(FulfilmentService.class);
        long queue = kernel.department("service").id();
        FulfilmentService.Request request = new FulfilmentService.Request(FulfilmentKind.CALL_BACK, ResponseType.REPLIED,
                true, null, queue, LocalDate.now().plusDays(2));
        kernel.signIn(manager);

        FulfilmentService.Result first = fulfilment.createTasks(id, request);
        FulfilmentService.Result again = fulfilment.createTasks(id, request);

        assertThat(first.created()).isEqualTo(2);
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        List<TaskInfo> tasks = kernel.recorded().tasks();
        assertThat(tasks).extracting(TaskInfo::customerId, TaskInfo::assigneeUserId, TaskInfo::departmentId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(owned.id(), agent.id(), null),
                        org.assertj.core.groups.Tuple.tuple(unowned.id(), null, queue));
        assertThat(tasks).allSatisfy(task -> assertThat(task.title()).startsWith("Call back"));
    }
}
