package ${package};

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The planned visits of all customers, the soonest first, loaded page by page. */
public final class PlannedVisitsView extends VerticalLayout {

    private final NavigableMap<Integer, Visit> pageEnds = new TreeMap<>();

    public PlannedVisitsView(PluginContext context, VisitRepository visits) {
        setId("${pluginId}-planned");
        setSizeFull();
        Map<Long, String> names = new HashMap<>();
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
        Grid<Visit> grid = new Grid<>();
        grid.setId("${pluginId}-planned-grid");
        grid.addColumn(visit -> days.format(visit.day())).setHeader(getTranslation("${pluginId}.day"));
        grid.addColumn(visit -> names.computeIfAbsent(visit.customerId(), id -> context.customers().find(id)
                .map(CustomerInfo::displayName).orElse(getTranslation("${pluginId}.customerGone"))))
                .setHeader(getTranslation("${pluginId}.customer")).setFlexGrow(3);
        grid.setItems(query -> {
            // Keyset paging: continue after the last visit of the nearest page already fetched, never OFFSET.
            var anchor = pageEnds.lowerEntry(query.getOffset());
            int start = anchor == null ? 0 : anchor.getKey() + 1;
            int skip = query.getOffset() - start;
            List<Visit> rows = visits.planned(anchor == null ? null : anchor.getValue(), skip + query.getLimit());
            if (!rows.isEmpty()) {
                pageEnds.put(start + rows.size() - 1, rows.getLast());
            }
            return rows.stream().skip(skip);
        });
        grid.setEmptyStateText(getTranslation("${pluginId}.planned.empty"));
        add(new H2(getTranslation("${pluginId}.planned.title")), grid);
        expand(grid);
    }
}
