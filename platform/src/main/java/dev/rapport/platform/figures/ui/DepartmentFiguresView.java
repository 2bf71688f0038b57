package dev.rapport.platform.figures.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dev.rapport.platform.figures.FigureTrends;
import dev.rapport.sdk.chart.Charts;
import java.time.YearMonth;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.figures.DepartmentFigures;
import dev.rapport.platform.figures.Figure;
import dev.rapport.platform.figures.FigurePeriod;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Department figures ({@code figures}): a manager picks one of their departments (an administrator any, or
 * the whole company) and a period, and sees the kernel's figures and the department's plugins' metrics next
 * to the period before.
 */
@Route(value = "figures", layout = MainLayout.class)
@RequiresRole(Role.MANAGER)
public class DepartmentFiguresView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentFigures figures;
    private final FigureTrends trends;
    private final Charts charts;
    private final Clock clock;
    private final Actor actor = WebSession.actor();
    private final Formats formats = WebSession.formats();
    private final FigureFormat format = new FigureFormat(formats,
            days -> getTranslation("figures.unit.days", days));
    private final Select<Optional<Department>> department = new Select<>();
    private final Select<FigurePeriod> period = new Select<>();
    private final Span range = new Span();
    private final Grid<Figure> grid = new Grid<>();
    private final Paragraph noDepartment = new Paragraph();

    public DepartmentFiguresView(DepartmentFigures figures, FigureTrends trends, Charts charts, Clock clock) {
        this.figures = figures;
        this.trends = trends;
        this.charts = charts;
        this.clock = clock;
        setSizeFull();
        H2 title = new H2(getTranslation("figures.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);

        List<Optional<Department>> choices = new ArrayList<>();
        if (figures.companyVisibleTo(actor)) {
            choices.add(Optional.empty());
        }
        figures.departmentsVisibleTo(actor).forEach(visible -> choices.add(Optional.of(visible)));
        department.setId("figures-department");
        department.setLabel(getTranslation("figures.department"));
        department.setItems(choices);
        department.setItemLabelGenerator(choice -> choice.map(Department::name)
                .orElseGet(() -> getTranslation("figures.company")));
        period.setId("figures-period");
        period.setLabel(getTranslation("figures.period"));
        period.setItems(FigurePeriod.values());
        period.setItemLabelGenerator(EnumLabels.of(this));
        period.setValue(FigurePeriod.THIS_MONTH);
        range.setId("figures-range");
        range.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout filters = new HorizontalLayout(department, period, range);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        noDepartment.setId("figures-no-department");
        noDepartment.setText(getTranslation("figures.noDepartment"));
        Span hint = new Span(getTranslation("figures.trend.hint"));
        hint.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        add(title, filters, noDepartment, hint, grid);
        expand(grid);
        department.addValueChangeListener(event -> show());
        period.addValueChangeListener(event -> show());
        noDepartment.setVisible(choices.isEmpty());
        grid.setVisible(!choices.isEmpty());
        if (!choices.isEmpty()) {
            // A manager starts with their first department; an administrator with the whole company.
            department.setValue(choices.getFirst());
        }
    }

    private void configureGrid() {
        grid.setId("figures");
        // Long figure names (a plugin's metric, a German label) wrap instead of ending in an ellipsis.
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Money figures name their currency: revenue comes as one figure per currency.
        grid.addColumn(figure -> getTranslation(figure.labelKey()) + (figure.isMoney() ? " (" + figure.unit() + ")" : ""))
                .setKey("figure").setHeader(getTranslation("figures.figure"))
                .setFlexGrow(3);
        grid.addColumn(figure -> figure.source().equals(Figure.KERNEL) ? getTranslation("figures.source.kernel")
                : figure.source()).setKey("source").setHeader(getTranslation("figures.source")).setFlexGrow(1);
        grid.addColumn(figure -> figure.failed() ? getTranslation("figures.unavailable")
                        : figure.value().map(value -> format.value(figure, value)).orElse("–"))
                .setKey("value").setHeader(getTranslation("figures.value")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(figure -> figure.previous().map(value -> format.value(figure, value)).orElse("–"))
                .setKey("previous").setHeader(getTranslation("figures.previous")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addComponentColumn(this::change).setKey("change").setHeader(getTranslation("figures.change"))
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        // A figure's trend opens under its row when it is selected: computed then, not for every row up front.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::trend));
    }

    /** The figure's last twelve months against the twelve before, as a chart: the row's details. */
    Component trend(Figure figure) {
        String name = getTranslation(figure.labelKey()) + (figure.isMoney() ? " (" + figure.unit() + ")" : "");
        Optional<Component> chart = figure.failed() ? Optional.empty()
                : trends.of(figure, department.getValue(), YearMonth.now(clock.withZone(formats.zone())), formats.zone(),
                        actor).map(trend -> charts.component(TrendChart.of(trend,
                        getTranslation("figures.trend.title", name), formats.locale(), this)));
        Div details = new Div(chart.orElseGet(() -> new Span(getTranslation("figures.trend.none"))));
        details.addClassName("figure-trend");
        details.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return details;
    }

    private Span change(Figure figure) {
        Span change = new Span(figure.change().map(value -> format.change(figure, value)).orElse("–"));
        switch (figure.trend()) {
            case BETTER -> change.addClassName(LumoUtility.TextColor.SUCCESS);
            case WORSE -> change.addClassName(LumoUtility.TextColor.ERROR);
            default -> change.addClassName(LumoUtility.TextColor.SECONDARY);
        }
        change.getElement().setAttribute("data-trend", figure.trend().name().toLowerCase());
        return change;
    }

    private void show() {
        if (department.getValue() == null || period.getValue() == null) {
            return;
        }
        ReportingPeriod days = period.getValue().of(LocalDate.now(clock.withZone(formats.zone())), formats.zone());
        ReportingPeriod before = period.getValue().previous(days);
        range.setText(getTranslation("figures.range", formats.date(days.start()), formats.date(days.end().minusDays(1)),
                formats.date(before.start()), formats.date(before.end().minusDays(1))));
        grid.setItems(figures.figures(department.getValue(), days, before, actor));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("figures.title") + " · " + getTranslation("app.name");
    }
}
