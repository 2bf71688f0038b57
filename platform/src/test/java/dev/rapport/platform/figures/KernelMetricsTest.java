package dev.rapport.platform.figures;

import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestClock;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.extension.MetricRecord;
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
 * The kernel's scorecard metrics against fixtures counted by hand: customers, active customers, revenue in the
 * reporting currency, interactions per channel and tasks done on time, of one department in one month.
 */
class KernelMetricsTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final ReportingPeriod MAY = new ReportingPeriod(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 6, 1), ZONE);

    private final TestClock clock = new TestClock(at(2022, 4, 20));
    private final Kernel kernel = new Kernel(clock);
    private final Actor administrator = kernel.newActor();
    private final Department team = kernel.departments.create(unique("km"), "Metrics team", administrator);
    private final Actor member = kernel.newActor(Role.AGENT, team.code());
    private final Actor outsider = kernel.newActor(Role.AGENT, "sales");
    private final KernelMetrics metrics = new KernelMetrics(kernel.dsl, kernel.exchangeRates.converter());

    @Test
    void countsTheDepartmentsCustomersAndContactsAndRevenueAndTasksOfTheMonth() {
        // April: two customers of the team, one of another department's.
        Customer april = customerOwnedBy(member);
        Customer quiet = customerOwnedBy(member);
        Customer others = customerOwnedBy(outsider);
        // May: one more of the team's; June: one that May must not count.
        clock.set(at(2022, 5, 10));
        Customer may = customerOwnedBy(member);
        clock.set(at(2022, 6, 2));
        customerOwnedBy(member);
        // Contacts: the team's member calls April's customer twice and emails May's once in May; one call in April
        // and one by the outsider in May do not count as the team's, nor does the outsider's customer as active.
        log(april, member, Channel.PHONE, at(2022, 5, 3));
        log(april, member, Channel.PHONE, at(2022, 5, 20));
        log(may, member, Channel.EMAIL, at(2022, 5, 21));
        log(quiet, member, Channel.PHONE, at(2022, 4, 28));
        log(others, outsider, Channel.PHONE, at(2022, 5, 4));
        // Revenue of the team's customers in May: 100 + 50 - 30 = 120 EUR; a deposit is no revenue; the outsider's
        // purchase is another department's.
        record(april, TransactionKind.PURCHASE, "100.00", at(2022, 5, 5));
        record(may, TransactionKind.PURCHASE, "50.00", at(2022, 5, 12));
        record(april, TransactionKind.REFUND, "30.00", at(2022, 5, 13));
        record(may, TransactionKind.DEPOSIT, "999.00", at(2022, 5, 14));
        record(others, TransactionKind.PURCHASE, "500.00", at(2022, 5, 14));
        // Tasks with a due date completed in May: done on the due day (on time, even at 23:30 in Berlin), a day late,
        // early; one without a due date is not counted.
        completeTask(LocalDate.of(2022, 5, 10), Instant.parse("2022-05-10T21:30:00Z"));
        completeTask(LocalDate.of(2022, 5, 10), Instant.parse("2022-05-11T08:00:00Z"));
        completeTask(LocalDate.of(2022, 5, 31), Instant.parse("2022-05-15T08:00:00Z"));
        completeTask(null, Instant.parse("2022-05-16T08:00:00Z"));

        Optional<Department> department = Optional.of(team);
        assertThat(value("customers", department)).isEqualByComparingTo("3");
        assertThat(value("active-customers", department)).isEqualByComparingTo("2");
        assertThat(value("revenue", department)).isEqualByComparingTo("120.00");
        assertThat(value("interactions-phone", department)).isEqualByComparingTo("2");
        assertThat(value("interactions-email", department)).isEqualByComparingTo("1");
        assertThat(value("interactions-meeting", department)).isEqualByComparingTo("0");
        assertThat(value("tasks-on-time", department)).isEqualByComparingTo("66.7");
        assertThat(metric("revenue").unit()).isEqualTo("EUR");

        assertThat(metric("active-customers").offersRecords()).isTrue();
        assertThat(metric("active-customers").records(department, MAY, 10)).extracting(MetricRecord::route)
                .containsExactlyInAnyOrder("customers/" + april.id(), "customers/" + may.id());
        assertThat(metric("customers").records(department, MAY, 2)).hasSize(2);
    }

    @Test
    void tasksOnTimeHasNoValueWithoutATaskDueAndCompletedInThePeriod() {
        assertThat(metric("tasks-on-time").compute(Optional.of(team), MAY)).isEmpty();
        assertThat(metrics.metrics()).extracting(ScorecardMetric::id).contains("customers", "active-customers",
                "revenue", "interactions-field-visit", "tasks-on-time");
    }

    @BeforeEach
    @AfterEach
    void noExchangeRates() {
        kernel.dsl.deleteFrom(EXCHANGE_RATE).execute();
        kernel.exchangeRates.setReportingCurrency("EUR", Actor.SYSTEM);
    }

    private BigDecimal value(String id, Optional<Department> department) {
        return metric(id).compute(department, MAY).orElseThrow();
    }

    private ScorecardMetric metric(String id) {
        return metrics.metrics().stream().filter(metric -> metric.id().equals(id)).findFirst().orElseThrow();
    }

    private void completeTask(LocalDate due, Instant completedAt) {
        Instant before = clock.instant();
        clock.set(completedAt);
        var task = kernel.tasks.create(new NewTask("Follow up", null, null, due, null, member.userId(), null),
                "kernel", administrator);
        kernel.tasks.complete(task.id(), new TaskService.Completion(null, null), member);
        clock.set(before);
    }

    private Customer customerOwnedBy(Actor owner) {
        CustomerDraft draft = person("Km", unique("Owner"));
        return kernel.customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(),
                draft.organisationName(), draft.stage(), owner.userId(), draft.preferredLanguage(), "EUR",
                draft.timeZone(), draft.marketingConsent(), List.of(), List.of(), List.of(), Set.of(), null), administrator);
    }

    private void log(Customer customer, Actor by, Channel channel, Instant at) {
        kernel.interactions.log(new InteractionDraft(customer.id(), null, channel, Direction.OUTBOUND, "Contact",
                null, Outcome.COMPLETED, at, "kernel"), by);
    }

    private void record(Customer customer, TransactionKind kind, String amount, Instant at) {
        kernel.transactions.record(new TransactionDraft(customer.id(), kind, new BigDecimal(amount), "EUR", null, at,
                "kernel", null), administrator);
    }

    private static Instant at(int year, int month, int day) {
        return LocalDate.of(year, month, day).atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
