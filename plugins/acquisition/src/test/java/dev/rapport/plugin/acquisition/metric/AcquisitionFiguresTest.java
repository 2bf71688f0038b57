package dev.rapport.plugin.acquisition.metric;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.UI;
import dev.rapport.plugin.acquisition.campaign.CampaignChannel;
import dev.rapport.plugin.acquisition.campaign.CampaignDraft;
import dev.rapport.plugin.acquisition.campaign.CampaignService;
import dev.rapport.plugin.acquisition.capture.CaptureResult;
import dev.rapport.plugin.acquisition.lead.ConversionRequest;
import dev.rapport.plugin.acquisition.lead.LeadConversion;
import dev.rapport.plugin.acquisition.lead.LeadDraft;
import dev.rapport.plugin.acquisition.lead.LeadRepository;
import dev.rapport.plugin.acquisition.lead.LeadService;
import dev.rapport.plugin.acquisition.lead.LeadSource;
import dev.rapport.plugin.acquisition.ui.CampaignListView;
import dev.rapport.plugin.acquisition.campaign.SegmentService;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import dev.rapport.plugin.acquisition.testing.AcquisitionTestData;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.KaribuUi;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The five scorecard metrics of the plugin for one department of their own, against MariaDB: four leads of a
 * campaign costing 400, two converted (one customer bought for 1,000 since), one first contacted two days after its
 * capture; and the campaigns page's Figures tab, which shows them for a chosen period and department.
 */
class AcquisitionFiguresTest {

    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @BeforeEach
    void startFromTheDefaults() {
        AcquisitionTestData.reset(kernel);
    }

    /** A department of the test's own: the figures count what belongs to it. */
    private final Department department = kernel.createDepartment(kernel.unique("Figures "));
    private final Instant now = Instant.now();
    private final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    private final ReportingPeriod thisMonth = new ReportingPeriod(today.minusDays(29), today.plusDays(1));
    private final AcquisitionFigures figures = kernel.service(AcquisitionFigures.class);

    @BeforeEach
    void fourLeadsTwoCustomersOneContact() {
        UserInfo manager = kernel.createUser(kernel.unique("Figures Manager "), Role.MANAGER, department.code());
        kernel.signIn(manager);
        long campaign = kernel.service(CampaignService.class).create(new CampaignDraft(kernel.unique("Figures "), null,
                Set.of(CampaignChannel.EMAIL), today.minusDays(5), today.plusDays(5), new BigDecimal("500.00"),
                new BigDecimal("400.00"), department.id()));
        LeadService leads = kernel.service(LeadService.class);
        String tag = kernel.unique("fig");
        List<Long> ids = java.util.stream.IntStream.range(0, 4).mapToObj(i -> ((CaptureResult.Captured) leads.capture(
                new LeadDraft("Fia", tag + i, null, null, "fia" + i + "@" + tag + ".example", null, null, null, null, "CH",
                        null, false, LeadSource.WEB_FORM, null, campaign, null, Set.of()), Channel.WEB, true, true))
                .leadId()).toList();
        LeadRepository repository = new LeadRepository(kernel.dsl());
        repository.backdate(ids.get(0), now.minus(Duration.ofDays(3)));
        repository.markFirstContact(ids.get(0), now.minus(Duration.ofDays(1)));
        LeadConversion conversion = kernel.service(LeadConversion.class);
        ConversionRequest toPerson = new ConversionRequest.ToNewCustomer(CustomerKind.PERSON, LifecycleStage.CUSTOMER,
                "en", "EUR", "UTC", null);
        long buyer = conversion.convert(ids.get(1), toPerson);
        conversion.convert(ids.get(2), toPerson);
        kernel.recordTransaction(buyer, TransactionKind.PURCHASE, "1000.00", "EUR", now.minus(Duration.ofHours(1)));
    }

    @Test
    void theMetricsCountTheDepartmentsLeadsCampaignsAndCustomers() {
        Optional<Department> only = Optional.of(department);

        assertThat(new NewLeadsMetric(figures).compute(only, thisMonth)).contains(new BigDecimal("4"));
        assertThat(new ConversionRateMetric(figures).compute(only, thisMonth)).contains(new BigDecimal("50.0"));
        assertThat(new CostPerAcquisitionMetric(figures).compute(only, thisMonth)).contains(new BigDecimal("200.00"));
        assertThat(new CampaignRoiMetric(figures).compute(only, thisMonth)).contains(new BigDecimal("150.0"));
        assertThat(new FirstContactMetric(figures).compute(only, thisMonth)).contains(new BigDecimal("2.0"));
        ReportingPeriod lastYear = new ReportingPeriod(today.minusYears(1), today.minusYears(1).plusDays(30));
        assertThat(new NewLeadsMetric(figures).compute(only, lastYear)).contains(BigDecimal.ZERO);
        assertThat(new ConversionRateMetric(figures).compute(only, lastYear)).as("no leads, no rate").isEmpty();
        assertThat(new CostPerAcquisitionMetric(figures).compute(only, lastYear)).isEmpty();
    }

    @Test
    void aLeadCapturedLateInTheEveningCountsOnTheDayOfThePeriodsTimeZone() {
        String tag = kernel.unique("late");
        long lead = ((CaptureResult.Captured) kernel.service(LeadService.class).capture(new LeadDraft("Lea", tag, null,
                null, "lea@" + tag + ".example", null, null, null, null, "DE", null, false, LeadSource.WEB_FORM, null,
                null, null, Set.of()), Channel.WEB, true, true)).leadId();
        // 23:30 UTC on 28 February 2021 is already 1 March in Berlin.
        new LeadRepository(kernel.dsl()).backdate(lead, Instant.parse("2021-02-28T23:30:00Z"));
        LocalDate first = LocalDate.of(2021, 3, 1);
        LocalDate next = LocalDate.of(2021, 4, 1);
        Optional<Department> company = Optional.empty();

        assertThat(new NewLeadsMetric(figures).compute(company, new ReportingPeriod(first, next,
                java.time.ZoneId.of("Europe/Berlin")))).contains(BigDecimal.ONE);
        assertThat(new NewLeadsMetric(figures).compute(company, new ReportingPeriod(first, next)))
                .contains(BigDecimal.ZERO);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFiguresTabShowsThemForTheChosenDepartment() {
        UI.getCurrent().add(new CampaignListView(kernel.context(), kernel.service(CampaignService.class),
                kernel.service(SegmentService.class), figures));
        TabSheet tabs = _get(TabSheet.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("figures-tab")));
        Select<Object> scope = _get(Select.class, spec -> spec.withId("figures-department"));
        scope.setValue(scope.getListDataView().getItems()
                .filter(item -> scope.getItemLabelGenerator().apply(item).equals(department.name())).findFirst().orElseThrow());

        assertThat(value("figure-new-leads")).isEqualTo("4");
        assertThat(value("figure-conversion-rate")).isEqualTo("50.0 %");
        assertThat(value("figure-cost-per-acquisition")).isEqualTo("EUR 200.00");
        assertThat(value("figure-campaign-roi")).isEqualTo("150.0 %");
        assertThat(value("figure-time-to-first-contact")).isEqualTo("2.0 days");

        Select<Object> period = _get(Select.class, spec -> spec.withId("figures-period"));
        period.setValue(period.getListDataView().getItems()
                .filter(item -> period.getItemLabelGenerator().apply(item).equals("Last month")).findFirst().orElseThrow());
        // The lead captured three days ago falls into last month during a month's first three days.
        boolean capturedLastMonth = today.minusDays(3).getMonth() != today.getMonth();
        assertThat(value("figure-new-leads")).isEqualTo(capturedLastMonth ? "1" : "0");
        assertThat(value("figure-conversion-rate")).isEqualTo(capturedLastMonth ? "0.0 %" : "–");
    }

    private static String value(String figureId) {
        Div figure = _get(Div.class, spec -> spec.withId(figureId));
        return figure.getChildren().filter(child -> child instanceof Span span && span.hasClassName("figure-value"))
                .map(child -> ((Span) child).getText()).findFirst().orElseThrow();
    }
}
