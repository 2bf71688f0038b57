package dev.rapport.plugin.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Light;
import dev.rapport.plugin.scorecard.model.Objective;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.snapshot.SnapshotKey;
import dev.rapport.plugin.scorecard.snapshot.SnapshotRepository;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.plugin.scorecard.testing.ScorecardFixtures;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.extension.MetricRecord;
import dev.rapport.testkit.RapportKernel;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading a scorecard: lights against the period's targets, a score per perspective and overall from the weights,
 * a metric of a plugin that is not installed shown as unavailable (not zero, and left out of the score), the
 * records behind a value, each perspective's score over the periods, the strategy map and the exports.
 */
class ScorecardReaderTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final ScorecardFixtures fixtures = new ScorecardFixtures(kernel);

    @Test
    void greenAndRedAgainstTargetsAndUnavailableForAPluginNotInstalled() throws Exception {
        kernel.signIn(fixtures.manager);
        for (int i = 0; i < 3; i++) {
            fixtures.customer();
        }
        Scorecard scorecard = kernel.service(ScorecardService.class).save(fixtures.scorecard(
                ScorecardFixtures.kpi("kernel/customers", "2"), ScorecardFixtures.kpi("kernel/interactions-phone", "10"),
                ScorecardFixtures.kpi("acquisition/new-leads", "5")));
        ScorecardReader reader = kernel.service(ScorecardReader.class);
        SnapshotService snapshots = kernel.service(SnapshotService.class);

        ScorecardReport report = reader.read(scorecard, Optional.of(fixtures.department), fixtures.department.name(),
                PeriodKind.MONTH, snapshots.today());

        assertThat(report.kpis()).extracting(KpiLine::light).containsExactly(Light.GREEN, Light.RED, Light.NONE);
        assertThat(report.kpis().get(0).value()).isEqualTo(MetricReading.value(BigDecimal.valueOf(3)));
        assertThat(report.kpis().get(0).achievement()).contains(new BigDecimal("150.0"));
        KpiLine leads = report.kpis().get(2);
        assertThat(leads.value().isUnavailable()).isTrue();
        assertThat(leads.metric()).isEmpty();
        // (100 + 0) / 2: the unavailable KPI is left out, not counted as zero.
        assertThat(report.overall()).contains(new BigDecimal("50.0"));
        assertThat(report.perspectiveScores().get(Perspective.CUSTOMER)).contains(new BigDecimal("50.0"));
        assertThat(report.perspectiveScores().get(Perspective.FINANCIAL)).isEmpty();
        assertThat(report.kpis().get(0).trend()).hasSize(SnapshotService.HISTORY).last().isEqualTo(3.0);

        assertThat(reader.records("kernel/customers", Optional.of(fixtures.department), PeriodKind.MONTH,
                report.start(), 10)).hasSize(3).allSatisfy(record -> assertThat(record.route()).startsWith("customers/"));
        assertThat(reader.records("acquisition/new-leads", Optional.of(fixtures.department), PeriodKind.MONTH,
                report.start(), 10)).isEmpty();

        String map = StrategyMap.svg(report, Perspective::name, "Map <of> team");
        assertThat(map).startsWith("<svg").contains("Win customers", "Map &lt;of&gt; team", "50");

        ValueTexts texts = new ValueTexts(kernel.context().i18n(), Locale.ENGLISH,
                new dev.rapport.sdk.ui.Formats(Locale.ENGLISH, snapshots.zone()));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        kernel.service(dev.rapport.plugin.scorecard.export.ScorecardCsv.class).write(report, texts, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8)).contains("Win customers", "On target", "Off target",
                "Unavailable", "acquisition/new-leads");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        kernel.service(dev.rapport.plugin.scorecard.export.ScorecardPdf.class).write(report, texts, pdf);
        assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains(scorecard.name(), "Win customers", "Unavailable");
        }
    }

    @Test
    void eachPerspectivesScoreOverThePeriodsFromTheSnapshotsWithGapsWhereNothingWasMeasured() throws Exception {
        kernel.signIn(fixtures.manager);
        Kpi revenue = new Kpi(0, "kernel/revenue", BigDecimal.valueOf(2), Map.of(PeriodKind.MONTH, new BigDecimal("1000")),
                BigDecimal.valueOf(100), BigDecimal.valueOf(85));
        Scorecard scorecard = kernel.service(ScorecardService.class).save(new Scorecard(0, fixtures.department.id(),
                "History", null, List.of(
                        new Objective(0, Perspective.FINANCIAL, "Grow", BigDecimal.valueOf(3), List.of(),
                                List.of(revenue, ScorecardFixtures.kpi("kernel/customers", "10"))),
                        new Objective(0, Perspective.CUSTOMER, "Win", BigDecimal.ONE, List.of(0),
                                List.of(ScorecardFixtures.kpi("kernel/active-customers", "20")))), null, 0));
        SnapshotService snapshots = kernel.service(SnapshotService.class);
        LocalDate read = PeriodKind.MONTH.plus(PeriodKind.MONTH.startOf(snapshots.today()), -2);
        snapshot(read, -2, "kernel/revenue", "500");
        snapshot(read, -2, "kernel/customers", "10");
        snapshot(read, -2, "kernel/active-customers", "30");
        snapshot(read, -1, "kernel/revenue", "1200");
        snapshot(read, 0, "kernel/revenue", "800");
        snapshot(read, 0, "kernel/customers", "5");
        snapshot(read, 0, "kernel/active-customers", "10");

        ScorecardReport report = kernel.service(ScorecardReader.class).read(scorecard, Optional.of(fixtures.department),
                fixtures.department.name(), PeriodKind.MONTH, read);
        ScoreHistory history = report.scoreHistory();

        List<Double> nothing = java.util.Collections.nCopies(SnapshotService.HISTORY - 3, null);
        // Two months back: revenue 50 % (weight 2), customers 100 % (weight 1): (2 x 50 + 1 x 100) / 3 = 66.7;
        // active customers 150 %, capped at 100. Overall (3 x 66.7 + 1 x 100) / 4 = 75.0.
        // A month back only revenue was measured: 120 %, capped at 100; the customer perspective has a gap.
        // The month read: (2 x 80 + 1 x 50) / 3 = 70.0, active customers 50; overall (3 x 70 + 1 x 50) / 4 = 65.0.
        assertThat(history.perspectives().get(Perspective.FINANCIAL)).startsWith(nothing.toArray(Double[]::new))
                .endsWith(66.7, 100.0, 70.0);
        assertThat(history.perspectives().get(Perspective.CUSTOMER)).endsWith(100.0, null, 50.0);
        assertThat(history.overall()).hasSize(SnapshotService.HISTORY).endsWith(75.0, 100.0, 65.0)
                .startsWith(nothing.toArray(Double[]::new));
        assertThat(history.perspectives().get(Perspective.LEARNING_AND_GROWTH)).hasSize(SnapshotService.HISTORY)
                .containsOnlyNulls();
        assertThat(report.perspectiveScores().get(Perspective.FINANCIAL)).as("the month read scores the same")
                .contains(new BigDecimal("70.0"));
        assertThat(report.overall()).contains(new BigDecimal("65.0"));

        ValueTexts texts = new ValueTexts(kernel.context().i18n(), Locale.ENGLISH,
                new dev.rapport.sdk.ui.Formats(Locale.ENGLISH, snapshots.zone()));
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        kernel.service(dev.rapport.plugin.scorecard.export.ScorecardCsv.class).write(report, texts, csv);
        assertThat(csv.toString(StandardCharsets.UTF_8).lines()).contains(
                "Financial,,Score,,,,,,,70.0" + ",".repeat(SnapshotService.HISTORY - 2) + "66.7,100.0,70.0",
                "Customer,,Score,,,,,,,50.0" + ",".repeat(SnapshotService.HISTORY - 2) + "100.0,,50.0",
                "Overall score,,Score,,,,,,,65.0" + ",".repeat(SnapshotService.HISTORY - 2) + "75.0,100.0,65.0");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        kernel.service(dev.rapport.plugin.scorecard.export.ScorecardPdf.class).write(report, texts, pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Scores over the last periods", "Learning and growth", "Overall score");
        }
    }

    @Test
    void theStrategyMapDrawsEveryLinkOfAnObjectiveLeadingToSeveralOthers() {
        kernel.signIn(fixtures.manager);
        Scorecard scorecard = kernel.service(ScorecardService.class).save(fixtures.linked(
                List.of("Objective 0", "Objective 1", "Objective 2", "Objective 3"),
                List.of(List.of(), List.of(0), List.of(0, 1), List.of(0, 1, 2))));
        ScorecardReport report = kernel.service(ScorecardReader.class).read(scorecard, Optional.of(fixtures.department),
                fixtures.department.name(), PeriodKind.MONTH, kernel.service(SnapshotService.class).today());

        String map = StrategyMap.svg(report, Perspective::name, "Map");

        assertThat(map.split("class=\"sc-link\"", -1)).as("1 + 2 + 3 arrows").hasSize(7);
    }

    private void snapshot(LocalDate read, int periodsBack, String metricId, String value) {
        new SnapshotRepository(kernel.dsl()).addFinal(new SnapshotKey(fixtures.department.id(), metricId,
                PeriodKind.MONTH, PeriodKind.MONTH.plus(read, periodsBack)), MetricReading.value(new BigDecimal(value)),
                kernel.context().clock().instant(), null);
    }

    @Test
    void recordsOfAMetricAreTheOnesOfItsDepartment() {
        kernel.signIn(fixtures.manager);
        var customer = fixtures.customer();
        var records = kernel.service(ScorecardReader.class).records("kernel/customers", Optional.of(fixtures.department),
                PeriodKind.YEAR, kernel.service(SnapshotService.class).today(), 10);
        assertThat(records).extracting(MetricRecord::route).containsExactly("customers/" + customer.id());
    }
}
