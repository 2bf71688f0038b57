package dev.rapport.platform.figures.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.money.ExchangeRateDraft;
import dev.rapport.sdk.customer.TransactionKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import dev.rapport.platform.figures.Figure;
import dev.rapport.platform.figures.FigurePeriod;
import dev.rapport.platform.testing.KaribuUi;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.security.AccessDeniedView;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The figures page: managers pick among their departments, administrators also the company; others are refused. */
class DepartmentFiguresViewTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    private final Department team = ui.kernel().departments.create(unique("figview"), "Figures view team", Actor.SYSTEM);

    @SuppressWarnings("unchecked")
    private static Grid<Figure> grid() {
        return _get(Grid.class, spec -> spec.withId("figures"));
    }

    @SuppressWarnings("unchecked")
    private static Select<Optional<Department>> departmentChoice() {
        return _get(Select.class, spec -> spec.withId("figures-department"));
    }

    @SuppressWarnings("unchecked")
    private static Select<FigurePeriod> periodChoice() {
        return _get(Select.class, spec -> spec.withId("figures-period"));
    }

    private static List<String> menuPaths() {
        MockVaadin.clientRoundtrip(false);
        return _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
    }

    private void customersOwnedBy(Actor owner, int count) {
        for (int i = 0; i < count; i++) {
            CustomerDraft draft = person("View", unique("Figures"));
            ui.kernel().customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), null,
                    draft.stage(), owner.userId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(), false,
                    List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM);
        }
    }

    @Test
    void aManagerSeesTheFiguresOfTheirDepartmentThisMonthAgainstTheMonthBefore() {
        Actor manager = ui.kernel().newActor(Role.MANAGER, team.code());
        customersOwnedBy(manager, 2);
        ui.actAs(manager);

        ui.open("customers");
        assertThat(menuPaths()).contains("figures");
        ui.open("figures");

        assertThat(departmentChoice().getListDataView().getItems().toList()).containsExactly(Optional.of(team));
        assertThat(departmentChoice().getValue()).contains(team);
        assertThat(periodChoice().getValue()).isEqualTo(FigurePeriod.THIS_MONTH);
        assertThat(_getFormatted(grid(), 0, "figure")).isEqualTo("New customers owned by the department");
        assertThat(_getFormatted(grid(), 0, "source")).isEqualTo("Rapport");
        assertThat(_getFormatted(grid(), 0, "value")).isEqualTo("2");
        assertThat(_getFormatted(grid(), 0, "previous")).isEqualTo("0");
        assertThat(_findAll(grid()).getFirst().trend()).isEqualTo(Figure.Trend.BETTER);

        _setValue(periodChoice(), FigurePeriod.LAST_MONTH);
        assertThat(_getFormatted(grid(), 0, "value")).as("nothing was created last month").isEqualTo("0");
        assertThat(_get(Span.class, spec -> spec.withId("figures-range")).getText()).contains("compared with");
    }

    @Test
    void revenueIsTotalledInTheReportingCurrencyAndWhatHasNoRateIsShownApart() {
        Actor manager = ui.kernel().newActor(Role.MANAGER, team.code());
        CustomerDraft draft = person("View", unique("Revenue"));
        long customer = ui.kernel().customers.create(new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(),
                null, draft.stage(), manager.userId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(), false,
                List.of(), List.of(), List.of(), Set.of(), null), Actor.SYSTEM).id();
        Instant now = ui.kernel().clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (String[] sale : new String[][] {{"100.00", "EUR"}, {"120.00", "USD"}, {"500.00", "SEK"}}) {
            ui.kernel().transactions.record(new TransactionDraft(customer, TransactionKind.PURCHASE,
                    new BigDecimal(sale[0]), sale[1], null, now, "kernel", null), Actor.SYSTEM);
        }
        ui.kernel().dsl.deleteFrom(EXCHANGE_RATE).execute();
        ui.kernel().exchangeRates.save(null, new ExchangeRateDraft(today, "EUR", "USD", new BigDecimal("1.2")),
                Actor.SYSTEM);
        try {
            ui.actAs(manager);
            ui.open("figures");

            List<Figure> shown = _findAll(grid());
            int total = indexOf(shown, "figures.revenueTotal");
            int unconverted = indexOf(shown, "figures.revenueUnconverted");
            // 100.00 EUR + 120.00 USD ÷ 1.2 = 200.00 EUR; the kronor have no rate.
            assertThat(_getFormatted(grid(), total, "figure"))
                    .isEqualTo("Revenue in total, in the reporting currency (EUR)");
            assertThat(_getFormatted(grid(), total, "value")).isEqualTo("€200.00");
            assertThat(_getFormatted(grid(), unconverted, "figure"))
                    .isEqualTo("Revenue left out of the total (no exchange rate) (SEK)");
            assertThat(_getFormatted(grid(), unconverted, "value")).isEqualTo("SEK500.00");
        } finally {
            ui.kernel().dsl.deleteFrom(EXCHANGE_RATE).execute();
        }
    }

    private static int indexOf(List<Figure> figures, String labelKey) {
        return figures.indexOf(figures.stream().filter(figure -> figure.labelKey().equals(labelKey)).findFirst()
                .orElseThrow());
    }

    @Test
    void agentsAndReadOnlyUsersSeeNeitherTheMenuEntryNorThePage() {
        for (Role role : List.of(Role.AGENT, Role.READ_ONLY)) {
            ui.actAs(ui.kernel().newActor(role, team.code()));
            ui.open("customers");
            assertThat(menuPaths()).as("the menu of a %s", role).doesNotContain("figures");
            ui.open("figures");
            assertThat(_find(AccessDeniedView.class)).as("a %s opening the figures", role).hasSize(1);
            assertThat(_find(Grid.class, spec -> spec.withId("figures"))).isEmpty();
        }
    }

    @Test
    void anAdministratorStartsWithTheWholeCompanyAndSeesAFailingPluginMetricAsUnavailable() {
        String pluginId = unique("fixture-figures-");
        ui.metrics().add(pluginId, new ScorecardMetric() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String labelKey() {
                return "nav.products";
            }

            @Override
            public String unit() {
                return "%";
            }

            @Override
            public MetricDirection direction() {
                return MetricDirection.HIGHER_IS_BETTER;
            }

            @Override
            public Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
                throw new IllegalStateException("the plugin's table is gone");
            }
        });

        ui.open("figures");

        assertThat(departmentChoice().getValue()).isEmpty();
        assertThat(departmentChoice().getListDataView().getItems().toList()).contains(Optional.empty(), Optional.of(team));
        List<Figure> shown = _findAll(grid());
        int broken = shown.indexOf(shown.stream().filter(figure -> figure.source().equals(pluginId)).findFirst().orElseThrow());
        assertThat(_getFormatted(grid(), broken, "value")).isEqualTo("Unavailable (the plugin failed)");
        assertThat(ui.pluginHealth().of(pluginId)).hasValueSatisfying(failures -> assertThat(failures.count()).isPositive());
    }

    @Test
    void selectingAFigureShowsItsTrendOfTwelveMonthsAgainstTheTwelveBefore() {
        Actor manager = ui.kernel().newActor(Role.MANAGER, team.code());
        customersOwnedBy(manager, 3);
        ui.actAs(manager);
        ui.open("figures");

        // Karibu draws no row details: ask the view for what the grid shows under a selected row.
        com.vaadin.flow.component.Component trend = _get(DepartmentFiguresView.class)
                .trend(_findAll(grid()).getFirst());
        String text = trend.getElement().getTextRecursively();
        assertThat(text).contains("New customers owned by the department: last 12 months against the 12 before",
                "Last 12 months", "12 months before");
        String svg = trend.getElement().getChild(0).getChild(0).getProperty("innerHTML");
        assertThat(svg).contains(": 3</title>").contains("class=\"line\"");
        assertThat(grid().getThemeNames()).as("long figure names wrap").contains("wrap-cell-content");
    }
}
