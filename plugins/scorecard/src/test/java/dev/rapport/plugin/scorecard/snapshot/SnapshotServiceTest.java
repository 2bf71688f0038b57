package dev.rapport.plugin.scorecard.snapshot;

import static dev.rapport.plugin.scorecard.db.Tables.SC_SNAPSHOT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.scorecard.build.ScorecardAudit;
import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.read.KpiLine;
import dev.rapport.plugin.scorecard.read.ScorecardReader;
import dev.rapport.plugin.scorecard.testing.ScorecardFixtures;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.job.JobState;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Snapshots: the first run fills twelve past periods and the current one; a period that is over keeps what was
 * measured then even when its data changes later; a recompute adds a revision (audited) and keeps the one before.
 */
class SnapshotServiceTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final SnapshotService snapshots = kernel.service(SnapshotService.class);
    private final ScorecardReader reader = kernel.service(ScorecardReader.class);
    private final ScorecardFixtures fixtures = new ScorecardFixtures(kernel);

    @Test
    void aPeriodThatIsOverKeepsItsValueUntilItIsRecomputed() {
        kernel.signIn(fixtures.manager);
        Scorecard scorecard = kernel.service(ScorecardService.class)
                .save(fixtures.scorecard(ScorecardFixtures.kpi("kernel/revenue", "100")));
        CustomerInfo customer = fixtures.customer();
        LocalDate lastMonth = PeriodKind.MONTH.plus(PeriodKind.MONTH.startOf(snapshots.today()), -1);

        assertThat(kernel.runJob(SnapshotJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        long rows = kernel.dsl().fetchCount(SC_SNAPSHOT, SC_SNAPSHOT.DEPARTMENT_ID.eq(fixtures.department.id()));
        assertThat(rows).as("12 past periods and the current one, of each of 4 lengths").isEqualTo(13 * 4);
        assertThat(revenue(scorecard, lastMonth)).contains(new BigDecimal("0.0000"));

        // A purchase recorded today, dated last month: the snapshot taken then stays, also after the next night.
        kernel.recordTransaction(customer.id(), TransactionKind.PURCHASE, "150.00", "EUR",
                lastMonth.plusDays(3).atTime(12, 0).atZone(snapshots.zone()).toInstant());
        kernel.context().settings().put(SnapshotService.PENDING_SETTING, "true");
        assertThat(kernel.runJob(SnapshotJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(revenue(scorecard, lastMonth)).contains(new BigDecimal("0.0000"));
        assertThat(kernel.dsl().fetchCount(SC_SNAPSHOT, SC_SNAPSHOT.DEPARTMENT_ID.eq(fixtures.department.id())))
                .as("nothing added for periods that have a final value").isEqualTo(rows);

        assertThat(snapshots.requestRecompute(PeriodKind.MONTH, lastMonth.plusDays(10))).isPositive();
        assertThat(kernel.runJob(RecomputeJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(revenue(scorecard, lastMonth)).contains(new BigDecimal("150.0000"));
        assertThat(kernel.dsl().fetchCount(SC_SNAPSHOT, SC_SNAPSHOT.DEPARTMENT_ID.eq(fixtures.department.id())
                .and(SC_SNAPSHOT.PERIOD_START.eq(lastMonth)).and(SC_SNAPSHOT.PERIOD_KIND.eq("MONTH"))))
                .as("the first measurement is kept beside the recompute").isEqualTo(2);
        assertThat(kernel.service(ScorecardAudit.class).latest(fixtures.department.id(), 5))
                .extracting(ScorecardAudit.Entry::action).contains("RECOMPUTED");
        assertThat(kernel.service(ScorecardAudit.class).latest(Scorecard.COMPANY, 5))
                .extracting(ScorecardAudit.Entry::action).contains("RECOMPUTE_REQUESTED");
    }

    @Test
    void aMetricWhosePluginIsNotRunningGetsNoSnapshotRatherThanAFinalUnavailable() {
        kernel.signIn(fixtures.manager);
        kernel.service(ScorecardService.class).save(fixtures.scorecard(ScorecardFixtures.kpi("acquisition/new-leads", "5")));
        assertThat(kernel.runJob(SnapshotJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        assertThat(kernel.dsl().fetchCount(SC_SNAPSHOT, SC_SNAPSHOT.DEPARTMENT_ID.eq(fixtures.department.id())))
                .isZero();
    }

    private Optional<BigDecimal> revenue(Scorecard scorecard, LocalDate month) {
        KpiLine line = reader.read(scorecard, Optional.of(fixtures.department), fixtures.department.name(),
                PeriodKind.MONTH, month).kpis().get(0);
        return line.value().value();
    }
}
