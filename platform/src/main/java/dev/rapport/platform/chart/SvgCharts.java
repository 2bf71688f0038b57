package dev.rapport.platform.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ChartType;
import dev.rapport.sdk.chart.Charts;
import java.util.Objects;

/**
 * The kernel's chart renderer: inline SVG drawn on the server. Vaadin Charts is commercial and vaadin-core has no
 * chart; a JavaScript library would force a frontend build (see the stack notes) and a server-side image library
 * needs AWT and fonts and gives no hover texts. SVG scales with the page, takes Lumo's colours through CSS custom
 * properties (light and dark theme) and its texts stay real text.
 */
public final class SvgCharts implements Charts {

    private final I18NProvider texts;

    /** {@code texts} gives the "no data" message and the table's header in the chart's language. */
    public SvgCharts(I18NProvider texts) {
        this.texts = texts;
    }

    @Override
    public String svg(Chart chart) {
        Objects.requireNonNull(chart, "chart");
        String drawn = chart.isEmpty() ? null
                : chart.type() == ChartType.PIE ? new PieChartSvg(chart).draw() : new CartesianChartSvg(chart).draw();
        return drawn != null ? drawn : empty(chart);
    }

    /** A short panel saying there is nothing to show, so an empty chart is never mistaken for a broken one. */
    private String empty(Chart chart) {
        return new SvgWriter(CartesianChartSvg.WIDTH, 60, chart.title())
                .text("no-data", CartesianChartSvg.WIDTH / 2, 35, "middle", Palette.SECONDARY_TEXT,
                        texts.getTranslation("chart.noData", chart.format().locale()))
                .close();
    }

    @Override
    public Component component(Chart chart) {
        Svg svg = new Svg(svg(chart));
        svg.getElement().getStyle().set("width", "100%");
        Div wrapper = new Div(svg, table(chart));
        wrapper.addClassName("rapport-chart");
        wrapper.getStyle().set("max-width", "640px").set("width", "100%");
        return wrapper;
    }

    /** Every value as a table that only screen readers announce: the chart's text alternative. */
    private NativeTable table(Chart chart) {
        NativeTable table = new NativeTable();
        table.addClassNames(LumoUtility.Accessibility.SCREEN_READER_ONLY, "chart-data");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(chart.title());
        table.add(caption);
        NativeTableRow header = new NativeTableRow();
        header.add(new NativeTableHeaderCell(texts.getTranslation("chart.category", chart.format().locale())));
        chart.series().forEach(series -> header.add(new NativeTableHeaderCell(series.name())));
        NativeTableHeader head = new NativeTableHeader();
        head.add(header);
        NativeTableBody body = new NativeTableBody();
        for (int c = 0; c < chart.categories().size(); c++) {
            NativeTableRow row = new NativeTableRow();
            row.add(new NativeTableHeaderCell(chart.categories().get(c)));
            for (ChartSeries series : chart.series()) {
                double value = CartesianChartSvg.valueOf(series, c);
                row.add(new NativeTableCell(Double.isNaN(value) ? "–" : chart.format().format(value)));
            }
            body.add(row);
        }
        table.add(head, body);
        return table;
    }
}
