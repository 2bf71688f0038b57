package dev.rapport.plugin.service.scan;

import static dev.rapport.plugin.service.db.Tables.SVC_REQUEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.service.agreement.AgreementService;
import dev.rapport.plugin.service.queue.AssignmentMode;
import dev.rapport.plugin.service.queue.Queue;
import dev.rapport.plugin.service.request.HistoryEntry;
import dev.rapport.plugin.service.request.HistoryKind;
import dev.rapport.plugin.service.request.Priority;
import dev.rapport.plugin.service.request.RequestDraft;
import dev.rapport.plugin.service.request.RequestService;
import dev.rapport.plugin.service.request.RequestStatus;
import dev.rapport.plugin.service.request.ServiceRequest;
import dev.rapport.plugin.service.request.SlaCheck;
import dev.rapport.plugin.service.testing.ServiceOnTestClock;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The SLA scan on the standard agreement (normal priority: first response within 4 h of Monday 09:00 Berlin, so
 * due 13:00; warnings an hour before): one warning, even when the plugin restarts between scans; the breach at
 * its due time with the escalation (a task for the queue's manager, the priority raised); nothing for a paused
 * request; every request of a pass in keyset batches; a pass that fails or stops half-way loses and repeats no
 * warning.
 */
class SlaScanTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-12-07T08:00:00Z");

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ServiceOnTestClock plugin = new ServiceOnTestClock(kernel);
    private final RequestService requests = plugin.service(RequestService.class);
    private final UserInfo agent = plugin.agent("Wendy Warned");
    private final Queue queue = plugin.queue(AssignmentMode.ROUND_ROBIN,
            List.of(new dev.rapport.plugin.service.queue.QueueMember(agent.id(), java.util.Set.of())));
    private final CustomerInfo customer = plugin.customer();

    @BeforeEach
    void actAsManager() {
        plugin.actAs(plugin.manager);
    }

    private long open() {
        plugin.setClock(MONDAY_9);
        return requests.open(new RequestDraft(customer.id(), null, queue.id(), "Statement missing", null, Channel.EMAIL,
                null, Priority.NORMAL, null, null));
    }

    private void scanAt(String instant) {
        plugin.setClock(Instant.parse(instant));
        // A new plugin start each time: what the scan remembers must be in the database.
        plugin.start();
        plugin.service(SlaScan.class).run(() -> false, checked -> { });
    }

    private List<TaskInfo> tasksOfCustomer() {
        return kernel.recorded().tasks().stream().filter(task -> customer.id() == task.customerId()).toList();
    }

    private List<HistoryKind> slaHistory(long id) {
        return requests.history(id, 0, 100).stream().map(HistoryEntry::kind)
                .filter(kind -> kind == HistoryKind.WARNING || kind == HistoryKind.BREACH || kind == HistoryKind.ESCALATED)
                .toList();
    }

    @Test
    void aWarningComesOnceAcrossRestartsThenTheBreachAtItsDueTimeWithTheEscalation() {
        long id = open();
        scanAt("2026-12-07T10:30:00Z");
        assertThat(tasksOfCustomer()).as("more than an hour before the due time").isEmpty();

        scanAt("2026-12-07T11:15:00Z");
        scanAt("2026-12-07T11:20:00Z");
        assertThat(tasksOfCustomer()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("SLA first response due soon: Statement missing");
            assertThat(task.assigneeUserId()).isEqualTo(agent.id());
        });
        assertThat(requests.get(id).clocks().responseWarnedAt()).isEqualTo(Instant.parse("2026-12-07T11:15:00Z"));

        scanAt("2026-12-07T12:05:00Z");
        scanAt("2026-12-07T12:10:00Z");
        ServiceRequest breached = requests.get(id);
        assertThat(breached.clocks().response().breachedAt()).isEqualTo(Instant.parse("2026-12-07T12:00:00Z"));
        assertThat(breached.priority()).isEqualTo(Priority.HIGH);
        assertThat(breached.clocks().resolution().target()).as("high: 8 h").isEqualTo(java.time.Duration.ofHours(8));
        assertThat(breached.clocks().resolution().breached()).isFalse();
        assertThat(tasksOfCustomer()).hasSize(2).last().satisfies(task -> {
            assertThat(task.title()).isEqualTo("SLA breached: Statement missing");
            assertThat(task.assigneeUserId()).isEqualTo(plugin.manager.id());
        });
        assertThat(slaHistory(id)).containsExactly(HistoryKind.WARNING, HistoryKind.ESCALATED, HistoryKind.BREACH);
    }

    @Test
    void aPausedRequestIsNeitherWarnedNorBreached() {
        long id = open();
        requests.changeStatus(id, requests.get(id).version(), RequestStatus.WAITING_ON_CUSTOMER, null);
        scanAt("2026-12-09T12:00:00Z");
        assertThat(tasksOfCustomer()).isEmpty();
        assertThat(requests.get(id).clocks().breached()).isFalse();
    }

    @Test
    void onePassWarnsEveryDueRequestThroughItsKeysetBatches() {
        List<Long> ids = List.of(open(), open(), open(), open(), open());
        plugin.setClock(Instant.parse("2026-12-07T11:30:00Z"));
        SlaScan.Result result = scanInBatchesOf(2).run(() -> false, checked -> { });
        assertThat(result.checked()).isGreaterThanOrEqualTo(5);
        assertThat(result.failed()).isZero();
        assertThat(ids).allSatisfy(id -> assertThat(slaHistory(id)).containsExactly(HistoryKind.WARNING));
        assertThat(tasksOfCustomer()).hasSize(5);
    }

    private SlaScan scanInBatchesOf(int size) {
        return new SlaScan(plugin.context, new SlaCheck(plugin.context, requests,
                plugin.service(AgreementService.class)), plugin.clock, size);
    }

    private void setCustomer(long requestId, long customerId) {
        kernel.dsl().update(SVC_REQUEST).set(SVC_REQUEST.CUSTOMER_ID, customerId).where(SVC_REQUEST.ID.eq(requestId))
                .execute();
    }

    @Test
    void aRequestWhoseWarningFailsRollsBackItsBatchThenTheOthersAreWarnedOnceAndItAloneLater() {
        List<Long> ids = List.of(open(), open(), open());
        // The last of the batch names a customer the directory does not know: its warning task is refused after
        // the first two's tasks were written in the same transaction.
        setCustomer(ids.getLast(), Long.MAX_VALUE);
        plugin.setClock(Instant.parse("2026-12-07T11:30:00Z"));
        SlaScan.Result failing = scanInBatchesOf(500).run(() -> false, checked -> { });
        assertThat(failing.failed()).isEqualTo(1);
        assertThat(tasksOfCustomer()).as("the rolled-back batch left no task behind, the retry one each").hasSize(2);
        assertThat(slaHistory(ids.getLast())).isEmpty();
        assertThat(requests.get(ids.getLast()).clocks().responseWarnedAt()).isNull();

        setCustomer(ids.getLast(), customer.id());
        plugin.setClock(Instant.parse("2026-12-07T11:31:00Z"));
        SlaScan.Result repaired = scanInBatchesOf(500).run(() -> false, checked -> { });
        assertThat(repaired.failed()).isZero();
        assertThat(tasksOfCustomer()).hasSize(3);
        assertThat(ids).allSatisfy(id -> assertThat(slaHistory(id)).containsExactly(HistoryKind.WARNING));
    }

    @Test
    void aPassThatStopsAfterItsFirstBatchWarnsTheRestOnTheNextPassAndNoneTwice() {
        List<Long> ids = List.of(open(), open(), open());
        plugin.setClock(Instant.parse("2026-12-07T11:30:00Z"));
        assertThatThrownBy(() -> scanInBatchesOf(2).run(() -> false, checked -> {
            throw new IllegalStateException("the process died");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(tasksOfCustomer().size()).as("at most the first batch").isLessThan(3);

        plugin.setClock(Instant.parse("2026-12-07T11:32:00Z"));
        scanInBatchesOf(2).run(() -> false, checked -> { });
        assertThat(tasksOfCustomer()).hasSize(3);
        assertThat(ids).allSatisfy(id -> assertThat(slaHistory(id)).containsExactly(HistoryKind.WARNING));
    }

    @Test
    void aSubjectOfTheLongestLengthStillGetsItsWarningWithTheTitleCut() {
        plugin.setClock(MONDAY_9);
        String subject = "x".repeat(RequestService.MAX_SUBJECT);
        long id = requests.open(new RequestDraft(customer.id(), null, queue.id(), subject, null, Channel.EMAIL, null,
                Priority.NORMAL, null, null));
        scanAt("2026-12-07T11:30:00Z");
        assertThat(tasksOfCustomer()).singleElement().satisfies(task -> {
            assertThat(task.title()).hasSize(200).startsWith("SLA first response due soon: xxx").endsWith("…");
        });
        assertThat(slaHistory(id)).containsExactly(HistoryKind.WARNING);
    }
}
