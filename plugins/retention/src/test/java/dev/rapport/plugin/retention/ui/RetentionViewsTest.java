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
import dev.rapport.plugin.retention.score.RiskBand;
import dev.rapport.plugin.retention.score.ScoreRepository;
import dev.rapport.plugin.retention.score.ScoringJob;
import dev.rapport.plugin.retention.score.StoredScore;
import dev.rapport.plugin.retention.testing.RetentionHistory;
import dev.rapport.sdk.job.JobState;
import dev.rapport.sdk.security.Role;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.PluginTexts;
import dev.rapport.testkit.RapportKernel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plugin's pages in a mocked browser, as a manager: the overview's validation figures, the churn list riskiest
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
    }

    @Test
    void theChurnListShowsTheRiskiestFirstWithReasonsAndSavesTheAtRiskSegment() {
        UI.getCurrent().add(new ChurnListView(kernel.context(), kernel.service(ScoreRepository.class)));
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
