package dev.rapport.plugin.scorecard.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.model.Light;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.plugin.scorecard.testing.ScorecardFixtures;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.extension.MetricRecord;
import dev.rapport.testkit.RapportKernel;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reading a scorecard: lights against the period's targets, a score per perspective and overall from the weights,
 * a metric of a plugin that is not installed shown as unavailable (not zero, and left out of the score), the
 * records behind a value, the strategy map and the exports.
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
    void recordsOfAMetricAreTheOnesOfItsDepartment() {
        kernel.signIn(fixtures.manager);
        var customer = fixtures.customer();
        var records = kernel.service(ScorecardReader.class).records("kernel/customers", Optional.of(fixtures.department),
                PeriodKind.YEAR, kernel.service(SnapshotService.class).today(), 10);
        assertThat(records).extracting(MetricRecord::route).containsExactly("customers/" + customer.id());
    }
}
