package dev.rapport.plugin.scorecard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.testing.ScorecardFixtures;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.testkit.KaribuUi;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The scorecard's pages in a mocked browser: a manager builds the department's scorecard from the template in the
 * editor (a wrong field named on the field, links that would go round in a circle refused), then reads green, red and unavailable KPIs and opens the records
 * behind one; an agent reads it without the edit button.
 */
class ScorecardViewsTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
    @RegisterExtension
    final KaribuUi ui = kernel.karibuUi();

    private final ScorecardFixtures fixtures = new ScorecardFixtures(kernel, "sales");

    @Test
    void aManagerBuildsTheScorecardFromTheTemplateAndSeesGreenAndRedKpis() {
        fixtures.customer();
        fixtures.customer();
        kernel.signIn(fixtures.manager);
        ui.open(ScorecardNavigation.edit(fixtures.department.id()));
        Select<DepartmentKind> template = _get(Select.class, spec -> spec.withId("scorecard-template"));
        template.setValue(DepartmentKind.SALES);
        assertThat(template.getItemLabelGenerator().apply(DepartmentKind.FIELD_OPERATIONS)).isEqualTo("Field operations");
        _click(_get(Button.class, spec -> spec.withId("scorecard-apply-template")));
        assertThat(_get(TextField.class, spec -> spec.withId("objective-0-name")).getValue()).isEqualTo("Grow revenue");
        Select<Perspective> perspective = _get(Select.class, spec -> spec.withId("objective-0-perspective"));
        assertThat(perspective.getItemLabelGenerator().apply(Perspective.LEARNING_AND_GROWTH))
                .isEqualTo("Learning and growth");

        MultiSelectComboBox<Integer> financeLeadsTo = _get(MultiSelectComboBox.class,
                spec -> spec.withId("objective-0-leads-to"));
        LocatorJ._setValue(financeLeadsTo, Set.of(3));
        assertThat(financeLeadsTo.getValue()).as("finance -> team -> customers -> finance is refused").isEmpty();
        assertThat(financeLeadsTo.isInvalid()).isTrue();
        assertThat(financeLeadsTo.getErrorMessage()).startsWith("These links would go round in a circle: Grow revenue → ");
        MultiSelectComboBox<Integer> teamLeadsTo = _get(MultiSelectComboBox.class,
                spec -> spec.withId("objective-3-leads-to"));
        assertThat(teamLeadsTo.getValue()).containsExactlyInAnyOrder(1, 2);
        LocatorJ._setValue(teamLeadsTo, Set.of(0, 1, 2));
        assertThat(teamLeadsTo.isInvalid()).isFalse();

        // Customers (kernel/customers) is the financial objective's second KPI: reachable; revenue is not.
        ComboBox<String> second = _get(ComboBox.class, spec -> spec.withId("kpi-0-1-metric"));
        assertThat(second.getValue()).isEqualTo("kernel/customers");
        _get(BigDecimalField.class, spec -> spec.withId("kpi-0-1-target-month")).setValue(new BigDecimal("2"));
        _get(BigDecimalField.class, spec -> spec.withId("kpi-0-0-target-month")).setValue(new BigDecimal("1000"));
        _get(BigDecimalField.class, spec -> spec.withId("objective-1-weight")).setValue(BigDecimal.ZERO);
        _click(_get(Button.class, spec -> spec.withId("scorecard-save")));
        BigDecimalField weight = _get(BigDecimalField.class, spec -> spec.withId("objective-1-weight"));
        assertThat(weight.isInvalid()).isTrue();
        assertThat(weight.getErrorMessage()).isEqualTo("A weight above 0 and at most 1,000");

        weight.setValue(BigDecimal.TEN);
        _click(_get(Button.class, spec -> spec.withId("scorecard-save")));
        assertThat(_find(TextField.class, spec -> spec.withId("objective-0-name"))).as("back on the scorecard").isEmpty();
        assertThat(kernel.service(ScorecardService.class).find(fixtures.department.id()).orElseThrow().objectives()
                .get(3).leadsTo()).containsExactly(0, 1, 2);
        assertThat(_find(Div.class, spec -> spec.withId("scorecard-score-trend-financial"))).hasSize(1);

        Select<PeriodKind> periodKind = _get(Select.class, spec -> spec.withId("scorecard-period-kind"));
        assertThat(periodKind.getItemLabelGenerator().apply(PeriodKind.QUARTER)).isEqualTo("Quarter");
        _get(Select.class, spec -> spec.withId("scorecard-period")).setValue(
                PeriodKind.MONTH.startOf(kernel.service(dev.rapport.plugin.scorecard.snapshot.SnapshotService.class).today()));
        Grid<?> kpis = _get(Grid.class, spec -> spec.withId("scorecard-kpis"));
        assertThat(light(kpis, 0).getElement().getAttribute("data-light")).isEqualTo("RED");
        assertThat(light(kpis, 1).getElement().getAttribute("data-light")).isEqualTo("GREEN");
        assertThat(light(kpis, 2).getText()).as("acquisition is not installed here").isEqualTo("Unavailable");
        _click((Button) GridKt._getCellComponent(kpis, 1, "records"));
        var drillDown = _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("scorecard-drilldown"));
        assertThat(drillDown.getHeaderTitle()).startsWith("Customers");
        assertThat(_find(drillDown, Anchor.class)).as("the two customers behind the value").hasSize(2);
        assertThat(_find(Anchor.class, spec -> spec.withId("scorecard-pdf"))).hasSize(1);
    }

    @Test
    void anAgentReadsTheScorecardButCannotEditIt() {
        kernel.signIn(fixtures.manager);
        kernel.service(ScorecardService.class).save(fixtures.scorecard(ScorecardFixtures.kpi("kernel/customers", "1")));
        kernel.signIn(fixtures.agent);
        ui.open(ScorecardNavigation.scorecard(fixtures.department.id()));
        assertThat(light(_get(Grid.class, spec -> spec.withId("scorecard-kpis")), 0).getElement().getAttribute("data-light"))
                .as("no customer at the end of last month, the period shown first").isEqualTo("RED");
        assertThat(_find(Button.class, spec -> spec.withId("scorecard-edit"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("scorecard-recompute"))).isEmpty();

        ui.open(ScorecardNavigation.CATALOGUE);
        Grid<CatalogMetric> catalogue = _get(Grid.class, spec -> spec.withId("scorecard-catalogue-grid"));
        assertThat(catalogue.getGenericDataView().getItems().map(CatalogMetric::id))
                .contains("kernel/customers", "kernel/tasks-on-time");
        assertThat(GridKt._getFormattedRow(catalogue, 0)).contains("Customers", "Count", "Higher", "Rapport");
    }

    @Test
    void aMemberOnlyOfADepartmentThatDoesNotUseThePluginIsRefusedItsPages() {
        ScorecardFixtures outside = new ScorecardFixtures(kernel);
        kernel.signIn(outside.manager);
        ui.open(ScorecardNavigation.edit(outside.department.id()));
        assertThat(_find(Select.class, spec -> spec.withId("scorecard-template"))).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Access denied"))).hasSize(1);
    }

    private static Span light(Grid<?> kpis, int row) {
        return (Span) GridKt._getCellComponent(kpis, row, "light");
    }
}
