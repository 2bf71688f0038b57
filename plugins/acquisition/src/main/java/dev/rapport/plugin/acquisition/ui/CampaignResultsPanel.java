package dev.rapport.plugin.acquisition.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.plugin.acquisition.campaign.CampaignResults;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A campaign's results as key figures and two charts: the funnel from targets to customers, and the responses by type. */
final class CampaignResultsPanel extends VerticalLayout {

    CampaignResultsPanel(CampaignResults results, Formats formats) {
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
        List<BarChart.Bar> funnel = List.of(
                bar("acquisition.results.targets", results.targets(), formats),
                bar("acquisition.results.responders", results.responders(), formats),
                bar("acquisition.results.leads", results.leads(), formats),
                bar("acquisition.results.qualified", results.qualified(), formats),
                bar("acquisition.results.conversions", results.conversions(), formats));
        List<BarChart.Bar> byType = new ArrayList<>();
        for (ResponseType type : ResponseType.values()) {
            byType.add(new BarChart.Bar(Labels.of(this, type), results.responsesByType().getOrDefault(type, 0L),
                    formats.number(results.responsesByType().getOrDefault(type, 0L))));
        }
        Svg funnelChart = new Svg(BarChart.svg(getTranslation("acquisition.results.funnel"), funnel));
        funnelChart.setId("campaign-funnel-chart");
        funnelChart.getElement().getStyle().set("width", "min(560px, 100%)");
        Svg typeChart = new Svg(BarChart.svg(getTranslation("acquisition.results.byType"), byType));
        typeChart.setId("campaign-response-chart");
        typeChart.getElement().getStyle().set("width", "min(560px, 100%)");
        add(new H4(getTranslation("acquisition.results.funnel")), funnelChart,
                new H4(getTranslation("acquisition.results.byType")), typeChart);
    }

    private BarChart.Bar bar(String key, long value, Formats formats) {
        return new BarChart.Bar(getTranslation(key), value, formats.number(value));
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
