package dev.rapport.plugin.acquisition.campaign;

import static dev.rapport.plugin.acquisition.testing.TestPlugin.unique;
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
import dev.rapport.plugin.acquisition.testing.PluginDatabase;
import dev.rapport.plugin.acquisition.testing.TestPlugin;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
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
import org.junit.jupiter.api.Test;

/**
 * A campaign's life: planned by a manager, targets from a segment, responses by hand and from outside, follow-up
 * tasks, and the results (response rate, conversions, revenue, cost per acquisition, ROI).
 */
class CampaignFlowTest {

    private final TestPlugin plugin = new TestPlugin();
    private final CampaignService campaigns = plugin.service(CampaignService.class);
    private final SegmentService segments = plugin.service(SegmentService.class);
    private final TargetListBuilder targets = plugin.service(TargetListBuilder.class);
    private final ResponseService responses = plugin.service(ResponseService.class);
    private final CampaignResultsCalculator results = plugin.service(CampaignResultsCalculator.class);
    private final UserInfo manager = plugin.context.kernel.addUser("Marga Manager", Role.MANAGER, "marketing");
    private final UserInfo agent = plugin.context.kernel.addUser("Ali Agent", Role.AGENT, "marketing");

    private long campaign(String cost) {
        plugin.context.kernel.actAs(manager);
        return campaigns.create(new CampaignDraft(unique("Spring "), "Win savers", Set.of(CampaignChannel.EMAIL),
                LocalDate.now().minusDays(10), LocalDate.now().plusDays(10), new BigDecimal("1000.00"),
                new BigDecimal(cost), plugin.context.kernel.department("marketing").id()));
    }

    @Test
    void managersPlanValidCampaignsOthersDoNot() {
        plugin.context.kernel.actAs(agent);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft("Agent's", null, Set.of(CampaignChannel.EMAIL),
                LocalDate.now(), LocalDate.now(), BigDecimal.ONE, BigDecimal.ONE, null)))
                .isInstanceOf(AccessDeniedException.class);
        plugin.context.kernel.actAs(manager);
        assertThatThrownBy(() -> campaigns.create(new CampaignDraft(" ", null, Set.of(), LocalDate.now(),
                LocalDate.now().minusDays(1), new BigDecimal("-1"), new BigDecimal("1.005"), 999L)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(error -> error.field())
                        .containsExactlyInAnyOrder("name", "channels", "endsOn", "budget", "actualCost", "departmentId"));
        assertThat(campaigns.get(campaign("250.00")).currency()).isEqualTo("EUR");
    }

    @Test
    void targetsComeFromASegmentOnlyOnceAndOnlyWithConsent() {
        String tag = unique("seg");
        long id = campaign("10");
        List<CustomerInfo> consenting = List.of(
                plugin.context.customers.add(CustomerKind.PERSON, "Tina " + tag, "tina@" + tag + ".example", null, true, null),
                plugin.context.customers.add(CustomerKind.PERSON, "Tom " + tag, "tom@" + tag + ".example", null, true, null));
        plugin.context.customers.add(CustomerKind.PERSON, "Nina " + tag, "nina@" + tag + ".example", null, false, null);
        long segment = segments.save(new Segment(0, unique("Consenting "), SegmentAudience.CUSTOMERS, null, Set.of(), null,
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
        String tag = unique("resp");
        CustomerInfo customer = plugin.context.customers.add(CustomerKind.PERSON, "Rita " + tag, "rita@" + tag + ".example",
                null, true, null);
        targets.addFromSegment(id, SegmentAudience.CUSTOMERS, segments.save(new Segment(0, unique("All "), SegmentAudience.CUSTOMERS, null, Set.of(),
                null, null, true, Set.of(), null, null)));
        CampaignTarget target = targets.targets(id, null, 500).stream()
                .filter(candidate -> customer.id() == candidate.customerId()).findFirst().orElseThrow();

        plugin.context.kernel.actAs(agent);
        responses.recordForTarget(target.id(), new ResponseService.ResponseDetails(ResponseType.UNSUBSCRIBED, Channel.EMAIL,
                "Please stop", Instant.now()), ResponseOrigin.MANUAL);

        assertThat(plugin.context.customers.find(customer.id()).orElseThrow().marketingConsent()).isFalse();
        assertThat(plugin.context.kernel.interactions).singleElement().satisfies(logged -> {
            assertThat(logged.interaction().customerId()).isEqualTo(customer.id());
            assertThat(logged.interaction().subject()).contains("Unsubscribed");
            assertThat(logged.recordedBy()).isEqualTo(agent.id());
        });
        assertThat(plugin.context.kernel.events(CampaignResponseRecorded.class)).singleElement()
                .satisfies(event -> assertThat(event.customerId()).isEqualTo(customer.id()));
        assertThatThrownBy(() -> responses.recordForTarget(target.id(), new ResponseService.ResponseDetails(null, null, null,
                Instant.now().plus(Duration.ofDays(3))), ResponseOrigin.MANUAL)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aResponseFromSomeoneUnknownCapturesALeadOfTheCampaignAndScoresIt() {
        long id = campaign("10");
        plugin.context.kernel.actAs(null);
        String email = unique("new") + "@example.com";
        LeadDraft person = new LeadDraft("Nora", unique("New"), null, null, email, null, null, null, null, null, null,
                false, LeadSource.CAMPAIGN, "import.csv", id, null, Set.of());

        ResponseService.Responder first = responses.recordFromOutside(campaigns.get(id), person,
                new CaptureOrigin(Channel.EMAIL, "Imported", null, null, null),
                new ResponseService.ResponseDetails(ResponseType.REPLIED, Channel.EMAIL, null, Instant.now()),
                ResponseOrigin.IMPORT);
        ResponseService.Responder second = responses.recordFromOutside(campaigns.get(id), person,
                new CaptureOrigin(Channel.EMAIL, "Imported", null, null, null),
                new ResponseService.ResponseDetails(ResponseType.OPENED, Channel.EMAIL, null, Instant.now()),
                ResponseOrigin.IMPORT);

        assertThat(second.leadId()).isEqualTo(first.leadId());
        Lead lead = new LeadRepository(PluginDatabase.dsl()).get(first.leadId());
        assertThat(lead.campaignId()).isEqualTo(id);
        assertThat(new ResponseRepository(PluginDatabase.dsl()).typesForLead(lead.id()))
                .containsExactlyInAnyOrder(ResponseType.REPLIED, ResponseType.OPENED);
    }

    @Test
    void resultsCountTheFunnelAndWeighRevenueAgainstCost() {
        long id = campaign("300.00");
        plugin.context.kernel.actAs(null);
        LeadService leads = plugin.service(LeadService.class);
        long[] leadIds = new long[3];
        for (int i = 0; i < 3; i++) {
            leadIds[i] = responses.recordFromOutside(campaigns.get(id), new LeadDraft("Res", unique("Funnel"), "Funnel AG",
                            null, unique("f") + "@example.com", null, null, null, null, null, null, false,
                            LeadSource.CAMPAIGN, null, id, null, Set.of()),
                    new CaptureOrigin(Channel.WEB, "Web form", null, null, null),
                    new ResponseService.ResponseDetails(ResponseType.REPLIED, Channel.WEB, null, Instant.now()),
                    ResponseOrigin.WEB_FORM).leadId();
        }
        LeadConversion conversion = plugin.service(LeadConversion.class);
        long customerA = conversion.convert(leadIds[0], new ConversionRequest.ToNewCustomer(CustomerKind.ORGANISATION,
                dev.rapport.sdk.customer.LifecycleStage.CUSTOMER, "en", "EUR", "UTC", null));
        long customerB = conversion.convert(leadIds[1], new ConversionRequest.ToNewCustomer(CustomerKind.ORGANISATION,
                dev.rapport.sdk.customer.LifecycleStage.CUSTOMER, "en", "EUR", "UTC", null));
        plugin.context.customers.addRevenue(customerA, "EUR", "500.00", Instant.now().minusSeconds(60));
        plugin.context.customers.addRevenue(customerB, "EUR", "400.00", Instant.now().minusSeconds(60));
        plugin.context.customers.addRevenue(customerB, "CHF", "50.00", Instant.now().minusSeconds(60));
        plugin.context.customers.addRevenue(customerB, "EUR", "999.00", Instant.now().minus(Duration.ofDays(30)));
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
        String tag = unique("ful");
        CustomerInfo owned = plugin.context.customers.add(CustomerKind.PERSON, "Olga " + tag, "olga@" + tag + ".example",
                null, true, agent.id());
        CustomerInfo unowned = plugin.context.customers.add(CustomerKind.PERSON, "Udo " + tag, "udo@" + tag + ".example",
                null, true, null);
        targets.addFromSegment(id, SegmentAudience.CUSTOMERS, segments.save(new Segment(0, unique("Everyone "), SegmentAudience.CUSTOMERS, null,
                Set.of(), null, null, true, Set.of(), null, null)));
        plugin.context.kernel.actAs(agent);
        for (CampaignTarget target : targets.targets(id, null, 500)) {
            if (target.customerId() == owned.id() || target.customerId() == unowned.id()) {
                responses.recordForTarget(target.id(), new ResponseService.ResponseDetails(ResponseType.REPLIED,
                        Channel.EMAIL, null, Instant.now()), ResponseOrigin.MANUAL);
            }
        }
        FulfilmentService fulfilment = plugin.service(FulfilmentService.class);
        long queue = plugin.context.kernel.department("service").id();
        FulfilmentService.Request request = new FulfilmentService.Request(FulfilmentKind.CALL_BACK, ResponseType.REPLIED,
                true, null, queue, LocalDate.now().plusDays(2));
        plugin.context.kernel.actAs(manager);

        FulfilmentService.Result first = fulfilment.createTasks(id, request);
        FulfilmentService.Result again = fulfilment.createTasks(id, request);

        assertThat(first.created()).isEqualTo(2);
        assertThat(again.created()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        List<TaskInfo> tasks = plugin.context.kernel.tasks;
        assertThat(tasks).extracting(TaskInfo::customerId, TaskInfo::assigneeUserId, TaskInfo::departmentId)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(owned.id(), agent.id(), null),
                        org.assertj.core.groups.Tuple.tuple(unowned.id(), null, queue));
        assertThat(tasks).allSatisfy(task -> assertThat(task.title()).startsWith("Call back"));
    }
}
