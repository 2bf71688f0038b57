package dev.rapport.plugin.upsell.ui.opportunity;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.upsell.opportunity.ForecastRow;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.chart.Chart;
import dev.rapport.sdk.chart.ChartSeries;
import dev.rapport.sdk.chart.ValueFormat;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Formats;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The forecast: the open pipeline weighted by probability, per month of expected close and per owner, for the next
 * six months (overdue opportunities count in the current month), as a stacked bar chart and a table.
 */
public final class ForecastView extends VerticalLayout implements HasDynamicTitle {

    static final int MONTHS = 6;

    public ForecastView(PluginContext context, OpportunityQueries queries) {
        setId("upsell-forecast");
        Formats formats = Formats.current();
        String currency = context.money().reportingCurrency();
        YearMonth from = YearMonth.from(formats.today(context.clock().instant()));
        List<ForecastRow> rows = queries.forecast(from, MONTHS);
        Map<Long, String> users = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, UserInfo::displayName));
        DateTimeFormatter monthFormat = DateTimeFormatter.ofPattern("MMM yyyy", formats.locale());
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < MONTHS; i++) {
            months.add(from.plusMonths(i));
        }
        List<ChartSeries> series = new ArrayList<>();
        for (Long owner : new TreeSet<>(rows.stream().map(ForecastRow::ownerId).toList())) {
            List<Double> values = months.stream().map(month -> rows.stream()
                    .filter(row -> row.ownerId() == owner && row.month().equals(month))
                    .mapToDouble(row -> row.weighted().doubleValue()).sum()).toList();
            series.add(new ChartSeries(users.getOrDefault(owner, "#" + owner), values));
        }
        add(new H2(getTranslation("upsell.forecast.title")),
                new Paragraph(getTranslation("upsell.forecast.explain", currency)));
        Chart chart = new Chart(dev.rapport.sdk.chart.ChartType.STACKED_BAR, getTranslation("upsell.forecast.chart"),
                months.stream().map(monthFormat::format).toList(), series, ValueFormat.money(currency, formats.locale()));
        add(context.charts().component(chart));
        Grid<ForecastRow> table = new Grid<>();
        table.setId("forecast-table");
        table.addColumn(row -> monthFormat.format(row.month())).setHeader(getTranslation("upsell.forecast.month"));
        table.addColumn(row -> users.getOrDefault(row.ownerId(), "#" + row.ownerId()))
                .setHeader(getTranslation("upsell.opportunity.owner"));
        table.addColumn(ForecastRow::count).setHeader(getTranslation("upsell.forecast.count"));
        table.addColumn(row -> formats.money(row.total(), currency)).setHeader(getTranslation("upsell.forecast.total"));
        table.addColumn(row -> formats.money(row.weighted(), currency)).setHeader(getTranslation("upsell.forecast.weighted"));
        table.setItems(rows);
        table.setAllRowsVisible(true);
        add(table);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("upsell.forecast.title");
    }
}
