package dev.rapport.plugin.retention.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import dev.rapport.plugin.retention.contract.ContractRepository;
import dev.rapport.plugin.retention.score.Cohorts;
import dev.rapport.plugin.retention.score.Portfolio;
import dev.rapport.plugin.retention.score.RiskBand;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringJob;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.plugin.retention.testing.RetentionHistory;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ValueFormat;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.PluginTexts;
import dev.rapport.testkit.RapportKernel;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's pages in a mocked browser, as a manager: the overview's validation figures, value distribution and
 * cohort charts (their numbers from hand-made counts), the churn list riskiest
 * first with reasons in words and its "at risk" segment, and the texts complete in both languages.
 */
class RetentionViewsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private RetentionHistory history;

    @BeforeEach
    void scoredAndSignedInAsManager() {
        history = RetentionHistory.in(kernel);
        if (kernel.service(ScoreRepository.class).models().isEmpty()) {
            assertThat(kernel.runJob(ScoringJob.ID).state()).isEqualTo(JobState.SUCCEEDED);
        }
        kernel.signIn(kernel.createUser(Role.MANAGER, "management"));
    }

    @Test
    void theOverviewShowsTheModelsValidation() {
        UI.getCurrent().add(new RetentionView(kernel.context(), kernel.service(ScoreRepository.class)));
        assertThat(_get(Paragraph.class, spec -> spec.withId("retention-auc")).getText())
                .matches("Area under the ROC curve on held-out customers: [01]\\.\\d{3} \\(0\\.5 is guessing, 1 is perfect\\)\\. "
                        + "Seed 20261207\\.");
        _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("retention-value-figures"));
        Portfolio portfolio = kernel.service(ScoreRepository.class).portfolio().orElseThrow();
        assertThat(portfolio.customers()).isGreaterThanOrEqualTo(RetentionHistory.REGULAR + RetentionHistory.LAPSED + 1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("retention-distribution-summary")).getText())
                .isEqualTo("The top tenth of " + portfolio.customers() + " customers with purchases brings "
                        + ValueFormat.percent(Locale.ENGLISH).format(portfolio.marginShares()[0] * 100)
                        + " of the margin to date.");
    }

    @Test
    void theValueAndCohortChartsShowTheCountedSharesInPercent() {
        int[][] active = new int[8][];
        for (int c = 0; c < 8; c++) {
            active[c] = new int[8 - c];
        }
        active[5] = new int[] {4, 2, 1};
        active[7] = new int[] {1};
        Portfolio portfolio = new Portfolio(20, new double[] {0.5, 0.25, 0.125, 0.0625, 0.0625, 0, 0, 0, 0, 0},
                new double[] {0.25, 0.25, 0.125, 0.125, 0.125, 0.125, 0, 0, 0, 0},
                new Cohorts.Table(2024 * 4 + 3, new int[] {0, 0, 0, 0, 0, 4, 0, 1}, active));

        Chart value = PortfolioCharts.valueDistribution(UI.getCurrent(), portfolio, Locale.ENGLISH).orElseThrow();
        assertThat(value.categories()).hasSize(10).startsWith("Top 10 %", "10–20 %").endsWith("90–100 %");
        assertThat(value.series()).extracting(ChartSeries::name)
                .containsExactly("Share of the margin to date", "Share of the predicted lifetime value");
        assertThat(value.series().get(0).values()).containsExactly(50.0, 25.0, 12.5, 6.25, 6.25, 0.0, 0.0, 0.0, 0.0, 0.0);
        assertThat(value.series().get(1).values()).startsWith(25.0, 25.0, 12.5);

        Chart cohorts = PortfolioCharts.cohortRetention(UI.getCurrent(), portfolio, Locale.ENGLISH).orElseThrow();
        assertThat(cohorts.categories()).startsWith("Quarter of the first purchase", "1 quarter later", "2 quarters later");
        assertThat(cohorts.series()).extracting(ChartSeries::name)
                .containsExactly("2026 Q1 (4 customers)", "2026 Q3 (1 customer)");
        assertThat(cohorts.series().get(0).values()).containsExactly(100.0, 50.0, 25.0, null, null, null, null, null);
        assertThat(cohorts.series().get(1).values().getFirst()).isEqualTo(100.0);

        Portfolio tooFew = new Portfolio(3, null, null, new Cohorts.Table(2024 * 4 + 3, new int[8], new int[8][0]));
        assertThat(PortfolioCharts.valueDistribution(UI.getCurrent(), tooFew, Locale.ENGLISH)).isEmpty();
        assertThat(PortfolioCharts.cohortRetention(UI.getCurrent(), tooFew, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void theChurnListShowsTheRiskiestFirstWithReasonsAndSavesTheAtRiskSegment() {
        UI.getCurrent().add(new ChurnListView(kernel.context(), kernel.service(ScoreRepository.class),
                kernel.service(ContractRepository.class)));
        _get(Checkbox.class, spec -> spec.withId("churn-high-value")).setValue(true);
        @SuppressWarnings("unchecked")
        Grid<StoredScore> grid = _get(Grid.class, spec -> spec.withId("churn-grid"));
        StoredScore first = GridKt._get(grid, 0);
        assertThat(first.band()).isEqualTo(RiskBand.HIGH);
        assertThat(GridKt._getFormattedRow(grid, 0)).anyMatch(cell -> cell.contains("than half a year before")
                || cell.contains("since the last purchase") || cell.contains("Few purchases"));
        assertThat(GridKt._size(grid)).isLessThan(RetentionHistory.REGULAR + RetentionHistory.LAPSED);
        _click(_get(Button.class, spec -> spec.withId("churn-save-segment")));
        assertThat(kernel.context().segments().list()).anyMatch(segment -> segment.name().equals("At risk of churning")
                && segment.filter().facets().getFirst().values().contains("high"));
        assertThat(history.valuableAtRisk).isNotNull();
    }

    @Test
    void everyTextIsInBothLanguages() {
        PluginTexts.of("retention").assertComplete();
    }
}
