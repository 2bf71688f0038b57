package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.scorecard.model.Light;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.read.KpiLine;
import dev.rapport.plugin.scorecard.read.ObjectiveLine;
import dev.rapport.plugin.scorecard.read.ScoreHistory;
import dev.rapport.plugin.scorecard.read.ScorecardReader;
import dev.rapport.plugin.scorecard.read.ScorecardReport;
import dev.rapport.plugin.scorecard.read.StrategyMap;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.Charts;
import dev.rapport.sdk.chart.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scorecard report on the page: the overall score and one per perspective, the KPIs with their lights against
 * target and previous period (the chosen KPI's trend over the last periods below), each perspective's score over
 * the last periods, and the strategy map.
 */
final class ReportPanel extends VerticalLayout {

    private final ScorecardReport report;
    private final ValueTexts texts;
    private final Charts charts;
    private final Div trend = new Div();

    ReportPanel(ScorecardReport report, ValueTexts texts, Charts charts, ScorecardReader reader) {
        this.report = report;
        this.texts = texts;
        this.charts = charts;
        setPadding(false);
        setId("scorecard-report");
        add(scores());
        Grid<Row> grid = new Grid<>();
        grid.setId("scorecard-kpis");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.objective().objective().name()).setHeader(getTranslation("scorecard.objective"))
                .setFlexGrow(2);
        grid.addComponentColumn(row -> kpiName(row.kpi())).setHeader(getTranslation("scorecard.kpi")).setFlexGrow(3);
        grid.addColumn(row -> texts.reading(row.kpi().value(), row.kpi().unit()))
                .setHeader(getTranslation("scorecard.value"));
        grid.addColumn(row -> texts.value(row.kpi().target(), row.kpi().unit()))
                .setHeader(getTranslation("scorecard.target"));
        grid.addComponentColumn(row -> previous(row.kpi())).setHeader(getTranslation("scorecard.previous"));
        grid.addComponentColumn(row -> light(row.kpi(), row.index())).setHeader(getTranslation("scorecard.light"))
                .setKey("light");
        grid.addColumn(row -> texts.score(row.kpi().score())).setHeader(getTranslation("scorecard.score"));
        grid.addComponentColumn(row -> drillDown(row, reader)).setHeader(getTranslation("scorecard.records"))
                .setKey("records");
        List<Row> rows = new ArrayList<>();
        for (ObjectiveLine objective : report.objectives()) {
            objective.kpis().forEach(kpi -> rows.add(new Row(objective, kpi, rows.size())));
        }
        grid.setItems(rows);
        grid.asSingleSelect().addValueChangeListener(change -> showTrend(change.getValue()));
        trend.setId("scorecard-trend");
        trend.setWidthFull();
        H3 mapTitle = new H3(getTranslation("scorecard.strategyMap"));
        Html map = new Html("<div id=\"scorecard-map\">" + StrategyMap.svg(report,
                perspective -> getTranslation("scorecard.perspective." + perspective.name()),
                getTranslation("scorecard.strategyMap")) + "</div>");
        add(grid, trend, new H3(getTranslation("scorecard.scoreTrends")), scoreTrends(), mapTitle, map);
        if (!rows.isEmpty()) {
            grid.select(rows.get(0));
        }
    }

    /** A KPI in the grid, with its objective and its place (for stable ids). */
    record Row(ObjectiveLine objective, KpiLine kpi, int index) {
    }

    private Component scores() {
        HorizontalLayout scores = new HorizontalLayout();
        scores.setWrap(true);
        scores.add(score("scorecard-overall", getTranslation("scorecard.overall"), report.overall()));
        for (Perspective perspective : Perspective.values()) {
            scores.add(score("scorecard-score-" + perspective.name().toLowerCase(java.util.Locale.ROOT),
                    getTranslation("scorecard.perspective." + perspective.name()),
                    report.perspectiveScores().get(perspective)));
        }
        return scores;
    }

    private Component score(String id, String label, Optional<java.math.BigDecimal> value) {
        Span number = new Span(texts.score(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-weight", "600")
                .set("color", StrategyMap.colour(value));
        Div card = new Div(new Div(label), number);
        card.setId(id);
        card.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)");
        return card;
    }

    private Component kpiName(KpiLine kpi) {
        Span name = new Span(kpi.metric().map(metric -> getTranslation(metric.labelKey())).orElse(kpi.kpi().metricId()));
        kpi.metric().flatMap(metric -> metric.definitionKey()).ifPresent(key -> name.setTitle(getTranslation(key)));
        return name;
    }

    private Component previous(KpiLine kpi) {
        Span previous = new Span(texts.reading(kpi.previous(), kpi.unit()));
        kpi.improved().ifPresent(better -> {
            previous.add(better ? VaadinIcon.ARROW_UP.create() : VaadinIcon.ARROW_DOWN.create());
            previous.getElement().setAttribute("title", getTranslation(better ? "scorecard.better" : "scorecard.worse"));
        });
        return previous;
    }

    private Component light(KpiLine kpi, int index) {
        Span badge = new Span(getTranslation("scorecard.light." + kpi.light().name()));
        badge.getElement().getThemeList().add("badge " + switch (kpi.light()) {
            case GREEN -> "success";
            case AMBER -> "warning";
            case RED -> "error";
            case NONE -> "contrast";
        });
        badge.setId("scorecard-light-" + index);
        badge.getElement().setAttribute("data-light", kpi.light().name());
        if (kpi.light() == Light.NONE && kpi.value().isUnavailable()) {
            badge.setText(getTranslation("scorecard.value.unavailable"));
        }
        return badge;
    }

    private Component drillDown(Row row, ScorecardReader reader) {
        if (row.kpi().metric().isEmpty() || !row.kpi().metric().get().offersRecords() || row.kpi().value().isUnavailable()) {
            return new Span();
        }
        Button button = new Button(VaadinIcon.LIST.create(), click -> new DrillDownDialog(row.kpi(), report, reader,
                texts).open());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId("scorecard-records-" + row.index());
        button.setAriaLabel(getTranslation("scorecard.records"));
        return button;
    }

    private void showTrend(Row row) {
        trend.removeAll();
        if (row == null) {
            return;
        }
        List<String> categories = report.trendStarts().stream().map(start -> texts.shortPeriod(report.kind(), start))
                .toList();
        String name = row.kpi().metric().map(metric -> getTranslation(metric.labelKey())).orElse(row.kpi().kpi().metricId());
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(name, row.kpi().trend()));
        row.kpi().target().ifPresent(target -> series.add(new ChartSeries(getTranslation("scorecard.target"),
                java.util.Collections.nCopies(categories.size(), target.doubleValue()))));
        Chart chart = new Chart(dev.rapport.sdk.chart.ChartType.LINE,
                getTranslation("scorecard.trendOf", name), categories, series, format(row.kpi()));
        trend.add(charts.component(chart));
    }

    /** Per perspective a line of its score with the overall score beside it, over the trend's periods. */
    private Component scoreTrends() {
        List<String> categories = report.trendStarts().stream().map(start -> texts.shortPeriod(report.kind(), start))
                .toList();
        ScoreHistory history = report.scoreHistory();
        ChartSeries overall = new ChartSeries(getTranslation("scorecard.overall"), history.overall());
        ValueFormat scores = new ValueFormat(ValueFormat.Kind.NUMBER, null, texts.locale(), 1);
        HorizontalLayout charts = new HorizontalLayout();
        charts.setId("scorecard-score-trends");
        charts.setWrap(true);
        charts.setWidthFull();
        for (Perspective perspective : Perspective.values()) {
            String name = getTranslation("scorecard.perspective." + perspective.name());
            Div chart = new Div(this.charts.component(Chart.line(getTranslation("scorecard.scoreTrendOf", name),
                    categories, scores, new ChartSeries(name, history.perspectives().get(perspective)), overall)));
            chart.setId("scorecard-score-trend-" + perspective.name().toLowerCase(java.util.Locale.ROOT));
            chart.getStyle().set("flex", "1 1 26rem").set("min-width", "0");
            charts.add(chart);
        }
        return charts;
    }

    private ValueFormat format(KpiLine kpi) {
        return switch (kpi.unit()) {
            case "count" -> ValueFormat.count(texts.locale());
            case "%" -> new ValueFormat(ValueFormat.Kind.UNIT, "%", texts.locale(), 1);
            case "days" -> ValueFormat.unit(getTranslation("scorecard.unit.daysShort"), texts.locale());
            default -> kpi.unit().length() == 3 ? ValueFormat.money(kpi.unit(), texts.locale())
                    : ValueFormat.unit(kpi.unit(), texts.locale());
        };
    }
}
