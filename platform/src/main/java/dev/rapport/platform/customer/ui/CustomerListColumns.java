package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.MissingContribution;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.sdk.customer.CustomerKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The customer list's columns: the kernel's (name, stage, owner, email, phone, created) and those of the plugins the
 * user's departments use ({@code CustomerListColumn}), whose values are asked for once per page of the list; the
 * column chooser that shows and hides them; a note naming the plugins whose column failed on the last page.
 */
final class CustomerListColumns {

    static final List<String> KERNEL = List.of("name", "stage", "owner", "email", "phone", "created");

    private final Grid<CustomerSummary> grid;
    private final CustomerContributions contributions;
    private final List<CustomerContributions.PluginColumn> pluginColumns;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<Long, Map<String, String>> pluginValues = new ConcurrentHashMap<>();
    private final MultiSelectComboBox<String> chooser = new MultiSelectComboBox<>();
    private final Span note = new Span();

    CustomerListColumns(Grid<CustomerSummary> grid, UserDirectory users, Formats formats,
                        CustomerContributions contributions, Predicate<String> visiblePlugin, Locale locale) {
        this.grid = grid;
        this.contributions = contributions;
        this.pluginColumns = contributions.listColumns(visiblePlugin);
        Map<Long, String> ownerNames = new HashMap<>();
        grid.addComponentColumn(row -> {
                    Span name = new Span(row.kind() == CustomerKind.ORGANISATION
                            ? VaadinIcon.BUILDING.create() : VaadinIcon.USER.create(), new Text(" " + row.displayName()));
                    name.addClassNames(LumoUtility.FontWeight.MEDIUM);
                    return name;
                })
                .setHeader(text(grid, "customer.name")).setFlexGrow(3).setWidth("14em").setKey("name");
        grid.addComponentColumn(row -> StageBadge.of(row.stage(), grid))
                .setHeader(text(grid, "customer.stage")).setWidth("10em").setFlexGrow(0).setKey("stage");
        grid.addColumn(row -> row.ownerId() == null ? ""
                        : ownerNames.computeIfAbsent(row.ownerId(), id -> users.find(id).map(User::displayName).orElse("")))
                .setHeader(text(grid, "customer.owner")).setWidth("9em").setFlexGrow(1).setKey("owner");
        // Wide enough at 1366 px for a typical address and an international number to show whole.
        grid.addColumn(CustomerSummary::primaryEmail).setHeader(text(grid, "customer.email"))
                .setWidth("16em").setFlexGrow(2).setKey("email").setTooltipGenerator(CustomerSummary::primaryEmail);
        grid.addColumn(CustomerSummary::primaryPhone).setHeader(text(grid, "customer.phone"))
                .setWidth("11em").setFlexGrow(0).setKey("phone");
        grid.addColumn(row -> formats.date(row.createdAt())).setHeader(text(grid, "customer.created"))
                .setWidth("8em").setFlexGrow(0).setKey("created");
        KERNEL.forEach(key -> headers.put(key, text(grid, key.equals("created") ? "customer.created" : "customer." + key)));
        for (CustomerContributions.PluginColumn column : pluginColumns) {
            String header = header(column, locale);
            headers.put(column.key(), header);
            grid.addColumn(row -> pluginValues.getOrDefault(row.id(), Map.of()).getOrDefault(column.key(), ""))
                    .setHeader(header).setWidth("9em").setFlexGrow(1).setKey(column.key()).setVisible(false);
        }
        chooser.setId("column-chooser");
        chooser.setAriaLabel(text(grid, "customers.columns"));
        chooser.setPlaceholder(text(grid, "customers.columns"));
        chooser.setItems(headers.keySet());
        chooser.setItemLabelGenerator(key -> headers.getOrDefault(key, key));
        chooser.setValue(new LinkedHashSet<>(KERNEL));
        chooser.addValueChangeListener(event -> applyVisibility());
        note.setId("column-note");
        note.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        note.setVisible(false);
    }

    MultiSelectComboBox<String> chooser() {
        return chooser;
    }

    Span note() {
        return note;
    }

    /** The shown columns' keys, in the grid's order. */
    List<String> shown() {
        return headers.keySet().stream().filter(chooser.getValue()::contains).toList();
    }

    /** Shows the columns {@code keys} names that exist (a saved view may name a column of a plugin that stopped). */
    void show(List<String> keys) {
        Set<String> known = keys.stream().filter(headers::containsKey).collect(Collectors.toCollection(LinkedHashSet::new));
        chooser.setValue(known.isEmpty() ? new LinkedHashSet<>(KERNEL) : known);
    }

    private void applyVisibility() {
        Set<String> chosen = chooser.getValue();
        grid.getColumns().stream().filter(column -> column.getKey() != null && headers.containsKey(column.getKey()))
                .forEach(column -> column.setVisible(chosen.contains(column.getKey())));
    }

    /** Asks the shown plugin columns for the values of {@code page} in one batch each; notes those that failed. */
    List<CustomerSummary> withPluginValues(List<CustomerSummary> page, Locale locale) {
        List<CustomerContributions.PluginColumn> shown = pluginColumns.stream()
                .filter(column -> chooser.getValue().contains(column.key())).toList();
        if (shown.isEmpty() || page.isEmpty()) {
            return page;
        }
        var gathered = contributions.listValues(shown, page.stream().map(CustomerSummary::id).toList(), locale);
        for (var answer : gathered.values()) {
            answer.getValue().forEach((id, value) ->
                    pluginValues.computeIfAbsent(id, key -> new ConcurrentHashMap<>()).put(answer.getKey(), value));
        }
        List<String> failed = new ArrayList<>(gathered.missing().stream().map(MissingContribution::pluginId).distinct().toList());
        note.setVisible(!failed.isEmpty());
        note.setText(failed.isEmpty() ? "" : text(grid, "customers.columns.missing", String.join(", ", failed)));
        return page;
    }

    private static String header(CustomerContributions.PluginColumn column, Locale locale) {
        try {
            return column.column().header(locale);
        } catch (RuntimeException e) {
            return column.key();
        }
    }

    private static String text(Grid<?> grid, String key, Object... arguments) {
        return grid.getTranslation(key, arguments);
    }
}
