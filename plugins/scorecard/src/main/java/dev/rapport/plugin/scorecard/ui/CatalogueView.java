package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.extension.MetricCatalog;

/** Every metric a scorecard can use, the kernel's and the running plugins', with what it measures, its unit and direction. */
public final class CatalogueView extends VerticalLayout implements HasDynamicTitle {

    public CatalogueView(PluginContext context) {
        setId("scorecard-catalogue");
        Grid<CatalogMetric> grid = new Grid<>();
        grid.setId("scorecard-catalogue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(metric -> getTranslation(metric.labelKey())).setHeader(getTranslation("scorecard.kpi"))
                .setFlexGrow(2);
        grid.addColumn(metric -> metric.definitionKey().map(this::getTranslation).orElse(""))
                .setHeader(getTranslation("scorecard.definition")).setFlexGrow(4);
        grid.addColumn(metric -> unit(metric.unit())).setHeader(getTranslation("scorecard.unit"));
        grid.addColumn(metric -> getTranslation("scorecard.direction." + metric.direction().name()))
                .setHeader(getTranslation("scorecard.direction"));
        grid.addColumn(metric -> metric.source().equals(MetricCatalog.KERNEL) ? getTranslation("scorecard.source.kernel")
                : metric.source()).setHeader(getTranslation("scorecard.source"));
        grid.setItems(context.metricCatalog().metrics());
        add(new H2(getTranslation("scorecard.catalogue.title")),
                new Paragraph(getTranslation("scorecard.catalogue.intro")), grid);
    }

    private String unit(String unit) {
        return switch (unit) {
            case "count" -> getTranslation("scorecard.unit.count");
            case "%" -> "%";
            case "days" -> getTranslation("scorecard.unit.daysShort");
            default -> unit;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.catalogue.title");
    }
}
