package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.acquisition.campaign.CampaignResults;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.Charts;
import dev.rapport.sdk.chart.ValueFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A campaign's results as key figures and two charts (the kernel's, through the SDK): the funnel from targets to customers, and the responses by type. */
final class CampaignResultsPanel extends VerticalLayout {

    CampaignResultsPanel(CampaignResults results, Formats formats, Charts charts) {
        setId("campaign-results");
        setPadding(false);
        FlexLayout figures = new FlexLayout();
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        figures.getStyle().set("gap", "var(--lumo-space-m)");
        figures.add(figure("result-targets", "acquisition.results.targets", formats.number(results.targets())),
                figure("result-responses", "acquisition.results.responses", formats.number(results.responses())),
                figure("result-response-rate", "acquisition.results.responseRate", formats.percent(results.responseRate())),
                figure("result-leads", "acquisition.results.leads", formats.number(results.leads())),
                figure("result-conversions", "acquisition.results.conversions", formats.number(results.conversions())),
                figure("result-revenue", "acquisition.results.revenue", formats.money(results.revenue(), results.currency())),
                figure("result-cost", "acquisition.results.actualCost", formats.money(results.actualCost(), results.currency())
                        + " / " + formats.money(results.budget(), results.currency())),
                figure("result-cpa", "acquisition.results.costPerAcquisition",
                        formats.money(results.costPerAcquisition(), results.currency())),
                figure("result-roi", "acquisition.results.roi", formats.percent(results.roi())));
        add(figures);
        if (!results.otherRevenue().isEmpty()) {
            add(new Span(getTranslation("acquisition.results.otherRevenue", results.otherRevenue().stream()
                    .map(total -> formats.money(total.amount(), total.currency())).collect(Collectors.joining(", ")))));
        }
        List<String> steps = List.of(getTranslation("acquisition.results.targets"),
                getTranslation("acquisition.results.responders"), getTranslation("acquisition.results.leads"),
                getTranslation("acquisition.results.qualified"), getTranslation("acquisition.results.conversions"));
        String funnelTitle = getTranslation("acquisition.results.funnel");
        Component funnelChart = charts.component(Chart.bar(funnelTitle, steps, ValueFormat.count(formats.locale()),
                ChartSeries.of(funnelTitle, results.targets(), results.responders(), results.leads(), results.qualified(),
                        results.conversions())));
        funnelChart.setId("campaign-funnel-chart");
        List<String> types = new ArrayList<>();
        double[] responses = new double[ResponseType.values().length];
        for (ResponseType type : ResponseType.values()) {
            types.add(LABELS.of(this, type));
            responses[type.ordinal()] = results.responsesByType().getOrDefault(type, 0L);
        }
        String byTypeTitle = getTranslation("acquisition.results.byType");
        Component typeChart = charts.component(Chart.bar(byTypeTitle, types, ValueFormat.count(formats.locale()),
                ChartSeries.of(byTypeTitle, responses)));
        typeChart.setId("campaign-response-chart");
        add(new H4(funnelTitle), funnelChart, new H4(byTypeTitle), typeChart);
    }

    private Div figure(String id, String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        Span number = new Span(value);
        number.addClassName("figure-value");
        number.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        Div figure = new Div(label, number);
        figure.setId(id);
        figure.getStyle().set("display", "flex").set("flex-direction", "column").set("min-width", "10em")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)");
        return figure;
    }
}
