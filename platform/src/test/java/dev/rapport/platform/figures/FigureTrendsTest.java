package dev.rapport.platform.figures;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Trends put each month's figure beside the same month a year earlier, for the department's members only. */
class FigureTrendsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final TestClock clock = new TestClock(at(2021, 3, 5));
    private final Kernel kernel = new Kernel(clock);
    private final Actor administrator = kernel.newActor();
    private final Department team = kernel.departments.create(unique("trend"), "Trend team", administrator);
    private final Actor manager = kernel.newActor(Role.MANAGER, team.code());
    private final FigureTrends trends = new FigureTrends(kernel.dsl, new MetricRegistry(new PluginHealth()),
            kernel.exchangeRates.converter());

    @Test
    void eachMonthStandsBesideTheSameMonthAYearEarlier() {
        Customer now = customerOwnedBy(manager);
        clock.set(at(2020, 3, 20));
        Customer yearBefore = customerOwnedBy(manager);
        clock.set(at(2021, 3, 5));
        customerOwnedBy(kernel.newActor(Role.AGENT, "sales"));
        call(now, at(2021, 1, 15));
        call(yearBefore, at(2020, 1, 15));
        record(now, TransactionKind.PURCHASE, "100.00", at(2021, 2, 10));
        record(now, TransactionKind.REFUND, "30.00", at(2021, 2, 20));

        List<FigureTrend> figures = trends.keyFigures(Optional.of(team), YearMonth.of(2021, 3), ZONE, manager);

        FigureTrend customers = figures.getFirst();
        assertThat(customers.labelKey()).isEqualTo(KernelFigures.NEW_CUSTOMERS);
        assertThat(customers.months()).hasSize(12).first().isEqualTo(YearMonth.of(2020, 4));
        assertThat(customers.current().getLast()).isEqualByComparingTo("1");
        assertThat(customers.previous().getLast()).as("March 2020").isEqualByComparingTo("1");
        assertThat(customers.currentTotal()).as("the other department's customer is not counted").isEqualByComparingTo("1");
        FigureTrend interactions = figures.get(1);
        assertThat(interactions.current().get(9)).as("January 2021").isEqualByComparingTo("1");
        assertThat(interactions.previous().get(9)).as("January 2020").isEqualByComparingTo("1");
        FigureTrend revenue = figures.get(2);
        assertThat(revenue.unit()).isEqualTo(kernel.exchangeRates.converter().reportingCurrency());
        assertThat(revenue.current().get(10)).as("February 2021, refund deducted").isEqualByComparingTo("70.00");
        assertThat(revenue.previousTotal()).isEqualByComparingTo("0");
    }

    @Test
    void membersSeeTheirDepartmentsTrendsOnlyAdministratorsTheCompanys() {
        Actor member = kernel.newActor(Role.AGENT, team.code());
        Actor outsider = kernel.newActor(Role.MANAGER, "service");

        assertThat(trends.keyFigures(Optional.of(team), YearMonth.of(2021, 3), ZONE, member)).hasSize(4);
        assertThatThrownBy(() -> trends.keyFigures(Optional.of(team), YearMonth.of(2021, 3), ZONE, outsider))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> trends.keyFigures(Optional.empty(), YearMonth.of(2021, 3), ZONE, member))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(trends.keyFigures(Optional.empty(), YearMonth.of(2021, 3), ZONE, administrator)).hasSize(4);
    }

    private Customer customerOwnedBy(Actor owner) {
        CustomerDraft draft = person("Trend", unique("Owner"));
        return kernel.customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(),
                draft.organisationName(), draft.stage(), owner.userId(), draft.preferredLanguage(), draft.currency(),
                draft.timeZone(), draft.marketingConsent(), List.of(), List.of(), List.of(), Set.of(), null), administrator);
    }

    private void call(Customer customer, Instant when) {
        kernel.interactions.log(new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "Called",
                null, Outcome.COMPLETED, when, "kernel"), manager);
    }

    private void record(Customer customer, TransactionKind kind, String amount, Instant when) {
        // In the reporting currency, which another test may have changed: no rate is needed.
        String currency = kernel.exchangeRates.converter().reportingCurrency();
        kernel.transactions.record(new TransactionDraft(customer.id(), kind, new BigDecimal(amount), currency, null, when,
                "kernel", null), administrator);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
