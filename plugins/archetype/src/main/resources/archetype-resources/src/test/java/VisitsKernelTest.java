#set( $VISIT = "${tablePrefix.toUpperCase()}VISIT" )
package ${package};

import static ${package}.db.Tables.${VISIT};
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.event.CustomerCreated;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.testkit.Recorded;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin inside a real Rapport kernel (the SDK's test kit): loaded from target/classes with its changelog, its
 * listener fed by the kernel's events, its job run by the kernel's scheduler, its page behind the kernel's access
 * control. The kernel starts once per test JVM; each test makes its own customers, users and departments.
 */
class VisitsKernelTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final VisitRepository visits = kernel.service(VisitRepository.class);

    @Test
    void aNewCustomerGetsOneWelcomeVisitEvenWhenTheEventArrivesTwice() {
        CustomerInfo customer = kernel.createPerson("Wanda", kernel.unique("Welcome"), null, false);
        kernel.awaitEvents();

        Recorded.Event created = kernel.recorded().eventsWithMetadata().stream()
                .filter(event -> event.event() instanceof CustomerCreated c && c.customerId() == customer.id())
                .findFirst().orElseThrow();
        LocalDate createdOn = LocalDate.ofInstant(created.metadata().publishedAt(), kernel.context().clock().getZone());
        assertThat(visits.forCustomer(customer.id())).singleElement().satisfies(visit -> {
            assertThat(visit.status()).isEqualTo(VisitStatus.PLANNED);
            assertThat(visit.day()).isEqualTo(VisitRules.welcomeVisitDay(createdOn));
        });

        // Delivery is at least once: the same event again, as the platform runs listeners.
        WelcomeVisitListener listener = new WelcomeVisitListener(kernel.context(), visits);
        kernel.runAsPlugin(() -> listener.onEvent(created.event(), created.metadata()));
        kernel.awaitEvents();

        assertThat(visits.forCustomer(customer.id())).hasSize(1);
    }

    @Test
    void agentsOfADepartmentUsingThePluginSeeThePlannedVisitsAtTheirAddress() {
        CustomerInfo customer = kernel.createPerson("Paul", kernel.unique("Planned"), null, false);
        kernel.awaitEvents();
        // The kernel's departments existed when the plugin was first loaded: they use it.
        UserInfo agent = kernel.createUser(Role.AGENT, "sales");
        kernel.signIn(agent);
        assertThat(kernel.context().security().hasPermission(VisitsPermissions.SEE_PLANNED)).isTrue();

        ui.open(VisitsNavigation.PATH);

        assertThat(activeViews()).containsExactly("PlannedVisitsView", "MainLayout");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("${pluginId}-planned-grid"));
        assertThat(grid.getGenericDataView().getItems().map(Visit.class::cast).map(Visit::customerId))
                .contains(customer.id());
    }

    @Test
    void theTypedAddressIsRefusedToADepartmentNotUsingThePlugin() {
        // A department made after the plugin was loaded does not use it until an administrator says so.
        Department elsewhere = kernel.createDepartment("Elsewhere");
        kernel.signIn(kernel.createUser(Role.AGENT, elsewhere.code()));

        ui.open(VisitsNavigation.PATH);

        assertThat(activeViews()).contains("AccessDeniedView");
        assertThat(_find(PlannedVisitsView.class)).isEmpty();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo(VisitsNavigation.PATH);
    }

    @Test
    void thePermissionIsDeclaredForAgentsAndAboveNotForReadOnlyUsers() {
        UserInfo readOnly = kernel.createUser(Role.READ_ONLY, "sales");
        UserInfo manager = kernel.createUser(Role.MANAGER, "sales");

        assertThat(kernel.callAs(manager,
                () -> kernel.context().security().hasPermission(VisitsPermissions.SEE_PLANNED))).isTrue();
        assertThat(kernel.callAs(readOnly,
                () -> kernel.context().security().hasPermission(VisitsPermissions.SEE_PLANNED))).isFalse();
        kernel.signIn(readOnly);
        ui.open(VisitsNavigation.PATH);
        assertThat(activeViews()).contains("AccessDeniedView");
    }

    @Test
    void theMetricCountsTheVisitsDoneByADepartmentsMembers() {
        // A department of the test's own: its figures count this test's visits only. Its agent is in sales too,
        // which uses the plugin.
        Department team = kernel.createDepartment("Visitors");
        UserInfo agent = kernel.createUser(Role.AGENT, "sales", team.code());
        CustomerInfo customer = kernel.createPerson("Maria", kernel.unique("Metric"), null, false);
        LocalDate today = LocalDate.now(kernel.context().clock());
        ReportingPeriod thisMonth = new ReportingPeriod(today.withDayOfMonth(1),
                today.withDayOfMonth(1).plusMonths(1), kernel.context().clock().getZone());
        VisitsDoneMetric metric = new VisitsDoneMetric(kernel.context(), visits);
        assertThat(metric.compute(Optional.of(team), thisMonth)).contains(BigDecimal.ZERO);

        kernel.signIn(agent);
        visits.record(customer.id(), today, "Coffee and the new price list.", today);
        visits.record(customer.id(), today, "Brought the signed contract.", today);

        assertThat(metric.compute(Optional.of(team), thisMonth)).contains(BigDecimal.valueOf(2));
        assertThat(metric.compute(Optional.of(team), new ReportingPeriod(today.plusDays(1), today.plusDays(2),
                kernel.context().clock().getZone()))).contains(BigDecimal.ZERO);
    }

    @Test
    void theDailyJobMarksOverduePlannedVisitsMissed() {
        CustomerInfo customer = kernel.createPerson("Otto", kernel.unique("Overdue"), null, false);
        kernel.awaitEvents();
        LocalDate today = LocalDate.now(kernel.context().clock());
        kernel.runAsPlugin(() -> kernel.dsl().insertInto(${VISIT})
                .set(${VISIT}.CUSTOMER_ID, customer.id())
                .set(${VISIT}.STATUS, VisitStatus.PLANNED.name())
                .set(${VISIT}.VISIT_DAY, today.minusDays(3))
                .set(${VISIT}.RECORDED_AT, kernel.context().clock().instant())
                .execute());

        assertThat(kernel.runJob(MissedVisitsJob.ID).state()).isEqualTo(JobState.SUCCEEDED);

        assertThat(visits.forCustomer(customer.id())).extracting(Visit::status)
                .as("the overdue visit is missed, the welcome visit still planned")
                .containsExactlyInAnyOrder(VisitStatus.MISSED, VisitStatus.PLANNED);
    }

    private static List<String> activeViews() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().stream()
                .map(target -> target.getClass().getSimpleName()).toList();
    }
}
