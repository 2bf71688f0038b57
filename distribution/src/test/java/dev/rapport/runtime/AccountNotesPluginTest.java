package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.TaskInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;

/** The example plugin loads, starts and contributes every kind of extension; its listener closes the loop. */
class AccountNotesPluginTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("AccountNotesPluginTest", List.of(PluginZips.ACCOUNT_NOTES));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void startsWithItsSchemaRouteMenuEntryTabAndMetric() {
        PluginHost.PluginStatus status = Plugins.status(platform, "account-notes");
        assertThat(status.state()).isEqualTo(PluginHost.State.STARTED);
        assertThat(status.enabled()).isTrue();
        assertThat(status.error()).isNull();
        assertThat(status.version()).isEqualTo("1.0.0");

        assertThat(Kernel.tables(platform)).contains("ant_note", "ant_handled_event");
        assertThat(Plugins.routeRegistered(platform, "account-notes")).isTrue();
        assertThat(Plugins.menuPaths(platform, "account-notes")).containsExactly("account-notes");
        assertThat(Plugins.tabLabelKeys(platform, "account-notes")).containsExactly("account-notes.tab");
        assertThat(Plugins.metricIds(platform, "account-notes")).containsExactly("account-notes/notes-written");
    }

    @Test
    void declaresItsPermissionWhichEveryRoleHasByDefault() {
        PluginPermissions permissions = platform.service(PluginPermissions.class);

        assertThat(permissions.of("account-notes")).singleElement().satisfies(permission -> {
            assertThat(permission.key()).isEqualTo("account-notes.view-latest");
            assertThat(permission.isDefaultFor(Role.READ_ONLY)).isTrue();
        });
    }

    @Test
    void itsSummaryJobStartedFromItsPageCountsTheNotesAndTheCustomersWhoHaveSome() throws InterruptedException {
        Customer customer = Kernel.newCustomer(platform, null);
        Kernel.insertNote(platform, customer.id(), "Called back");
        Kernel.insertNote(platform, customer.id(), "Sent the offer");
        JobScheduler jobs = platform.service(JobScheduler.class);

        long runId = jobs.startNow("account-notes", "summary", "admin");

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        JobRunInfo run = jobs.run("account-notes", runId).orElseThrow();
        while (!run.state().isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            run = jobs.run("account-notes", runId).orElseThrow();
        }
        assertThat(run.state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(run.done()).isGreaterThanOrEqualTo(2);
        assertThat(run.message()).matches("[\\d,]+ notes on [\\d,]+ customers");
    }

    @Test
    void itsMetricCountsTheNotesInItsOwnTable() {
        Customer customer = Kernel.newCustomer(platform, null);
        Kernel.insertNote(platform, customer.id(), "Prefers email");
        MetricRegistry metrics = platform.service(MetricRegistry.class);
        MetricRegistry.PluginMetric notesWritten = metrics.metrics().stream()
                .filter(metric -> metric.fullId().equals("account-notes/notes-written")).findFirst().orElseThrow();

        MetricRegistry.Value value = metrics.compute(notesWritten, Optional.empty(),
                new ReportingPeriod(LocalDate.now(ZoneOffset.UTC).minusDays(1), LocalDate.now(ZoneOffset.UTC).plusDays(1)));

        assertThat(value.failed()).isFalse();
        assertThat(value.value()).contains(BigDecimal.ONE);
    }

    @Test
    void aCallThatNeedsAFollowUpBecomesATaskForTheCustomersOwner() {
        User owner = Kernel.newUser(platform);
        Customer customer = Kernel.newCustomer(platform, owner.id());

        // Delivered in order to the listener: once the follow-up's task exists, the completed call was handled.
        Kernel.logCall(platform, customer.id(), Outcome.COMPLETED);
        Kernel.logCall(platform, customer.id(), Outcome.FOLLOW_UP_NEEDED);

        List<TaskInfo> tasks = Eventually.await("a follow-up task for " + owner.username(), Duration.ofSeconds(10),
                () -> platform.service(TaskService.class).openAssignedTo(owner.id(), null, null, 10), found -> !found.isEmpty());
        assertThat(tasks).singleElement().satisfies(task -> {
            assertThat(task.customerId()).isEqualTo(customer.id());
            assertThat(task.source()).isEqualTo("account-notes");
            assertThat(task.title()).isEqualTo("Follow up with " + customer.displayName());
        });
    }
}
