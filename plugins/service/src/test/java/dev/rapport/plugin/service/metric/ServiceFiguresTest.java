package dev.rapport.plugin.service.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.testkit.RapportKernel;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scorecard figures of a department of its own (so other tests' requests do not count), over requests resolved
 * in a period: SLA compliance, reopen rate, resolution and first-response times, cost to serve per customer, and the
 * backlog of the current period only.
 */
class ServiceFiguresTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final ServiceFigures figures = plugin.service(ServiceFigures.class);

    @Test
    void figuresOfADepartmentsQueuesInAPeriod() {
        Department team = kernel.createDepartment(kernel.unique("Team "));
        plugin.actAs(plugin.manager);
        Queue queue = plugin.service(dev.rapport.plugin.service.queue.QueueService.class).get(
                plugin.service(dev.rapport.plugin.service.queue.QueueService.class).save(new Queue(0,
                        kernel.unique("Queue "), team.id(), null, AssignmentMode.MANUAL, BigDecimal.TEN, "EUR", 0),
                        List.of()));
        CustomerInfo customer = plugin.customer();
        Instant monday9 = Instant.parse("2026-12-07T08:00:00Z");
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            plugin.setClock(monday9);
            ids[i] = requests.open(new RequestDraft(customer.id(), null, queue.id(), "Question " + i, null, Channel.PHONE,
                    null, Priority.URGENT, null, null));
        }
        // One answered after 30 min and resolved after 2 h, one resolved after 6 h (breached), one stays open.
        plugin.setClock(monday9.plus(Duration.ofMinutes(30)));
        requests.reply(ids[0], requests.get(ids[0]).version(), "On it", null);
        requests.logTime(ids[0], 30);
        requests.logTime(ids[1], 60);
        plugin.setClock(monday9.plus(Duration.ofHours(2)));
        requests.changeStatus(ids[0], requests.get(ids[0]).version(), RequestStatus.RESOLVED, null);
        plugin.setClock(monday9.plus(Duration.ofHours(6)));
        requests.changeStatus(ids[1], requests.get(ids[1]).version(), RequestStatus.RESOLVED, null);

        ReportingPeriod december = new ReportingPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 1));
        Optional<Department> department = Optional.of(team);
        assertThat(figures.slaCompliance(department, december)).contains(new BigDecimal("50.0"));
        assertThat(figures.reopenRate(department, december)).contains(new BigDecimal("0.0"));
        assertThat(figures.resolutionDays(department, december)).contains(new BigDecimal("0.17")); // 4 h of 24
        assertThat(figures.firstResponseDays(department, december)).contains(new BigDecimal("0.02")); // 30 min
        assertThat(figures.backlog(department, december)).contains(BigDecimal.ONE);
        // 90 minutes at 10 EUR an hour for one customer, in the reporting currency (when a rate is known).
        Optional<BigDecimal> expectedCost = kernel.context().money().toReportingCurrency(new Money(new BigDecimal("15.0000"),
                "EUR"), LocalDate.of(2026, 12, 31)) instanceof Conversion.Converted done
                ? Optional.of(done.money().amount().setScale(2, RoundingMode.HALF_UP)) : Optional.empty();
        assertThat(plugin.service(CostFigures.class).perCustomer(department, december)).isEqualTo(expectedCost);
        ReportingPeriod november = new ReportingPeriod(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));
        assertThat(figures.slaCompliance(department, november)).as("nothing resolved then").isEmpty();
        assertThat(figures.backlog(department, november)).as("not the current period").isEmpty();
    }
}
