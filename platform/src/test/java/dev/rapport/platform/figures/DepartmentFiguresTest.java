package dev.rapport.platform.figures;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.money.ExchangeRateDraft;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A department's figures count what its members did in the period against the period before; managers see
 * their own departments' figures only, administrators every department's and the company's.
 */
class DepartmentFiguresTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ReportingPeriod MARCH = new ReportingPeriod(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1), ZONE);
    private static final ReportingPeriod FEBRUARY = new ReportingPeriod(LocalDate.of(2021, 2, 1), LocalDate.of(2021, 3, 1), ZONE);

    private final TestClock clock = new TestClock(at(2021, 2, 5));
    private final Kernel kernel = new Kernel(clock);
    private final Actor administrator = kernel.newActor();
    private final Department team = kernel.departments.create(unique("fig"), "Figures team", administrator);
    private final Actor manager = member(Role.MANAGER);
    private final Actor agent = member(Role.AGENT);
    private final Actor outsider = kernel.newActor(Role.MANAGER, "sales");
    private final ModuleAccess modules = new ModuleAccess(kernel.dsl, kernel.audit);
    private final MetricRegistry metrics = new MetricRegistry(new PluginHealth());
    private final DepartmentFigures figures = new DepartmentFigures(kernel.dsl, metrics, modules, kernel.departments,
            kernel.exchangeRates.converter());

    @Test
    void countsWhatTheDepartmentsMembersDidInThePeriodAgainstThePeriodBefore() {
        // February: one customer, one call, a purchase in US dollars.
        Customer february = customerOwnedBy(manager);
        // March: two customers, three calls, a purchase and a partial refund in euros, a deposit (no revenue), a task.
        clock.set(at(2021, 3, 10));
        Customer march = customerOwnedBy(manager);
        customerOwnedBy(agent);
        var task = kernel.tasks.create(new NewTask("Send the offer", null, march.id(), null, null, agent.userId(), null),
                "kernel", administrator);
        kernel.tasks.complete(task.id(), new TaskService.Completion(null, null), agent);
        // Not the team's: a customer of another department's manager.
        Customer others = customerOwnedBy(outsider);
        // Contacts and transactions are recorded after they happened.
        clock.set(at(2021, 4, 5));
        call(february, agent, at(2021, 2, 10));
        record(february, TransactionKind.PURCHASE, "50.00", "USD", at(2021, 2, 11));
        for (int day = 1; day <= 3; day++) {
            call(march, agent, at(2021, 3, 10 + day));
        }
        record(march, TransactionKind.PURCHASE, "100.00", "EUR", at(2021, 3, 12));
        record(march, TransactionKind.REFUND, "30.00", "EUR", at(2021, 3, 13));
        record(march, TransactionKind.DEPOSIT, "999.00", "EUR", at(2021, 3, 14));
        // Not the team's: another department's manager's call, and a contact the day after March.
        call(others, outsider, at(2021, 3, 15));
        call(march, agent, at(2021, 4, 1));

        List<Figure> shown = figures.figures(Optional.of(team), MARCH, FEBRUARY, manager);

        assertThat(shown).extracting(Figure::source, Figure::labelKey, Figure::unit, Figure::value, Figure::previous,
                Figure::trend).containsExactly(
                tuple("kernel", KernelFigures.NEW_CUSTOMERS, "count", amount("2"), amount("1"), Figure.Trend.BETTER),
                tuple("kernel", KernelFigures.INTERACTIONS, "count", amount("3"), amount("1"), Figure.Trend.BETTER),
                tuple("kernel", KernelFigures.REVENUE, "EUR", amount("70.0000"), amount("0"), Figure.Trend.BETTER),
                tuple("kernel", KernelFigures.REVENUE, "USD", amount("0"), amount("50.0000"), Figure.Trend.WORSE),
                // Without any exchange rate the dollars are named as left out of the euro total, not counted as zero.
                tuple("kernel", KernelFigures.REVENUE_TOTAL, "EUR", amount("70.00"), amount("0"), Figure.Trend.BETTER),
                tuple("kernel", KernelFigures.REVENUE_UNCONVERTED, "USD", amount("0"), amount("50.0000"),
                        Figure.Trend.BETTER),
                tuple("kernel", KernelFigures.TASKS_COMPLETED, "count", amount("1"), amount("0"), Figure.Trend.BETTER));
    }

    @Test
    void totalsRevenueInTheReportingCurrencyAtEachDaysRateAndNamesWhatCouldNotBeConverted() {
        Customer customer = customerOwnedBy(manager);
        clock.set(at(2021, 4, 5));
        record(customer, TransactionKind.PURCHASE, "100.00", "EUR", at(2021, 3, 12));
        record(customer, TransactionKind.PURCHASE, "109.21", "USD", at(2021, 3, 12));
        record(customer, TransactionKind.PURCHASE, "50.00", "USD", at(2021, 3, 15));
        record(customer, TransactionKind.PURCHASE, "1000.00", "SEK", at(2021, 3, 12));
        kernel.exchangeRates.save(null, new ExchangeRateDraft(LocalDate.of(2021, 3, 12), "EUR", "USD",
                new BigDecimal("1.0921")), administrator);
        kernel.exchangeRates.save(null, new ExchangeRateDraft(LocalDate.of(2021, 3, 15), "EUR", "USD",
                new BigDecimal("1.25")), administrator);

        List<Figure> shown = figures.figures(Optional.of(team), MARCH, FEBRUARY, manager);

        // 100.00 EUR + 109.21 ÷ 1.0921 (Friday's rate) + 50.00 ÷ 1.25 (Monday's) = 100.00 + 100.00 + 40.00
        assertThat(shown).filteredOn(figure -> figure.labelKey().startsWith(KernelFigures.REVENUE))
                .extracting(Figure::labelKey, Figure::unit, Figure::value).containsExactly(
                        tuple(KernelFigures.REVENUE, "EUR", amount("100.0000")),
                        tuple(KernelFigures.REVENUE, "SEK", amount("1000.0000")),
                        tuple(KernelFigures.REVENUE, "USD", amount("159.2100")),
                        tuple(KernelFigures.REVENUE_TOTAL, "EUR", amount("240.00")),
                        tuple(KernelFigures.REVENUE_UNCONVERTED, "SEK", amount("1000.0000")));

        kernel.exchangeRates.setReportingCurrency("USD", administrator);
        // 100.00 × 1.0921 + 109.21 + 50.00 = 268.42 USD; the kronor still have no rate.
        assertThat(figures.figures(Optional.of(team), MARCH, FEBRUARY, manager))
                .filteredOn(figure -> List.of(KernelFigures.REVENUE_TOTAL, KernelFigures.REVENUE_UNCONVERTED)
                        .contains(figure.labelKey()))
                .extracting(Figure::labelKey, Figure::unit, Figure::value).containsExactly(
                        tuple(KernelFigures.REVENUE_TOTAL, "USD", amount("268.42")),
                        tuple(KernelFigures.REVENUE_UNCONVERTED, "SEK", amount("1000.0000")));
    }

    @Test
    void managersSeeTheirOwnDepartmentsFiguresOnlyAndAdministratorsEveryDepartmentsAndTheCompanys() {
        assertThat(figures.departmentsVisibleTo(manager)).containsExactly(team);
        assertThat(figures.companyVisibleTo(manager)).isFalse();
        assertThat(figures.figures(Optional.of(team), MARCH, FEBRUARY, manager)).isNotEmpty();
        assertThatThrownBy(() -> figures.figures(Optional.empty(), MARCH, FEBRUARY, manager))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.figures(Optional.of(team), MARCH, FEBRUARY, outsider))
                .isInstanceOf(AccessDeniedException.class);

        for (Actor refused : List.of(agent, member(Role.READ_ONLY))) {
            assertThat(figures.departmentsVisibleTo(refused)).isEmpty();
            assertThat(figures.companyVisibleTo(refused)).isFalse();
            assertThatThrownBy(() -> figures.figures(Optional.of(team), MARCH, FEBRUARY, refused))
                    .isInstanceOf(AccessDeniedException.class);
        }

        assertThat(figures.departmentsVisibleTo(administrator)).containsAll(kernel.departments.all());
        assertThat(figures.companyVisibleTo(administrator)).isTrue();
        assertThat(figures.figures(Optional.empty(), MARCH, FEBRUARY, administrator))
                .extracting(Figure::labelKey).contains(KernelFigures.NEW_CUSTOMERS, KernelFigures.TASKS_COMPLETED);
    }

    @Test
    void showsThePluginMetricsOfThePluginsTheDepartmentUsesAndAFailingOneAsUnavailable() {
        String pluginId = unique("fixture-metrics-");
        metrics.add(pluginId, metric("leads", (department, period) ->
                Optional.of(BigDecimal.valueOf(period.equals(MARCH) ? 12 : 8))));
        metrics.add(pluginId, metric("broken", (department, period) -> {
            throw new IllegalStateException("no data source");
        }));
        modules.setDepartments(pluginId, Set.of(team.id()), administrator);

        assertThat(figures.figures(Optional.of(team), MARCH, FEBRUARY, manager))
                .filteredOn(figure -> figure.source().equals(pluginId))
                .extracting(Figure::labelKey, Figure::value, Figure::previous, Figure::failed, Figure::trend)
                .containsExactly(
                        tuple("leads", amount("12"), amount("8"), false, Figure.Trend.BETTER),
                        tuple("broken", Optional.empty(), Optional.empty(), true, Figure.Trend.UNKNOWN));

        Actor salesManager = outsider;
        Department sales = kernel.departments.findByCode("sales").orElseThrow();
        assertThat(figures.figures(Optional.of(sales), MARCH, FEBRUARY, salesManager))
                .as("a department that does not use the plugin").extracting(Figure::source).doesNotContain(pluginId);
    }

    /** Rates and the reporting currency are the company's: each test starts without any and in euros. */
    @BeforeEach
    @AfterEach
    void noExchangeRates() {
        kernel.dsl.deleteFrom(EXCHANGE_RATE).execute();
        kernel.exchangeRates.setReportingCurrency("EUR", Actor.SYSTEM);
    }

    private Actor member(Role role) {
        return kernel.newActor(role, team.code());
    }

    private Customer customerOwnedBy(Actor owner) {
        CustomerDraft draft = person("Fig", unique("Owner"));
        return kernel.customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(),
                draft.organisationName(), draft.stage(), owner.userId(), draft.preferredLanguage(), draft.currency(),
                draft.timeZone(), draft.marketingConsent(), List.of(), List.of(), List.of(), Set.of(), null), administrator);
    }

    private void call(Customer customer, Actor by, Instant at) {
        kernel.interactions.log(new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "Called",
                null, Outcome.COMPLETED, at, "kernel"), by);
    }

    private void record(Customer customer, TransactionKind kind, String amount, String currency, Instant at) {
        kernel.transactions.record(new TransactionDraft(customer.id(), kind, new BigDecimal(amount), currency, null, at,
                "kernel", null), administrator);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }

    private static Optional<BigDecimal> amount(String value) {
        return Optional.of(new BigDecimal(value));
    }

    private interface Compute {
        Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period);
    }

    private static ScorecardMetric metric(String id, Compute compute) {
        return new ScorecardMetric() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String labelKey() {
                return id;
            }

            @Override
            public String unit() {
                return "count";
            }

            @Override
            public MetricDirection direction() {
                return MetricDirection.HIGHER_IS_BETTER;
            }

            @Override
            public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
                return compute.compute(department, period);
            }
        };
    }
}
