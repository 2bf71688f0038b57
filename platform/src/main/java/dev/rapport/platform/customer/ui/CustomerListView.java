package dev.rapport.platform.customer.ui;

import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ClientItemToggleEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.CustomerExport;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.importing.ui.CustomerImportView;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.CustomerSummary;
import dev.rapport.platform.customer.bulk.CustomerBulkActions;
import dev.rapport.platform.customer.bulk.CustomerBulkRuns;
import dev.rapport.platform.customer.bulk.CustomerSelection;
import dev.rapport.platform.customer.view.SavedView;
import dev.rapport.platform.customer.view.SavedViewDraft;
import dev.rapport.platform.customer.view.SavedViews;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.security.Role;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The customer list: lazy, keyset-paged, filtered by name, stage, owner and tag, sortable; the filter is
 * kept in the URL so a reload or a shared link shows the same list. A capped count (exact up to 10,000); rows ticked
 * one by one, as a range or all, or every customer the filter matches, for bulk actions and the export; saved views
 * and a column chooser with the plugins' columns.
 */
@Route(value = "customers", layout = MainLayout.class)
public class CustomerListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int PAGE_SIZE = 50;

    private final CustomerService customers;
    private final UserDirectory users;
    private final Formats formats = WebSession.formats();

    private final TextField name = new TextField();
    private final MultiSelectComboBox<LifecycleStage> stages = new MultiSelectComboBox<>();
    private final ComboBox<User> owner = new ComboBox<>();
    private final ComboBox<String> tag = new ComboBox<>();
    private final Select<CustomerSort> sort = new Select<>();
    private final Grid<CustomerSummary> grid = new Grid<>();
    private final Span count = new Span();
    private final Button selectAllMatching = new Button();
    private final CustomerBulkPanel bulk;
    private final SavedViewsBar savedViews;
    private final SavedViews views;
    private final CustomerListColumns columns;
    private final List<CustomerSummary> loaded = new java.util.ArrayList<>();
    private CustomerSummary rangeAnchor;
    private CustomerService.CappedCount matchingCount = new CustomerService.CappedCount(0, false);
    /** Whether the selection is every customer the filter matches, not only the rows ticked. */
    private boolean allMatching;
    private final Button create = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(),
            click -> getUI().ifPresent(ui -> ui.navigate(CustomerEditView.class)));
    private final CustomerExportLink exportLink;
    private final Button importCustomers = new Button(getTranslation("customers.import"), VaadinIcon.UPLOAD.create(),
            click -> getUI().ifPresent(ui -> ui.navigate(CustomerImportView.class)));
    private boolean applyingUrl;
    private volatile CustomerExportLink.Selection selection =
            new CustomerExportLink.Selection(CustomerFilter.ALL, CustomerSort.NAME_ASCENDING, List.of());

    public CustomerListView(CustomerService customers, UserDirectory users, CustomerExport export,
                            CustomerBulkRuns bulkRuns, SavedViews views, DepartmentDirectory departments,
                            CustomerContributions contributions, ModuleAccess modules) {
        this.customers = customers;
        this.users = users;
        this.views = views;
        setSizeFull();
        this.exportLink = new CustomerExportLink(export, users, WebSession.actor(), () -> selection);
        this.columns = new CustomerListColumns(grid, users, formats, contributions,
                pluginId -> modules.isEnabledFor(pluginId, WebSession.actor()), getLocale());
        this.bulk = new CustomerBulkPanel(bulkRuns, users, this::bulkTarget, this::afterBulkChange);
        this.savedViews = new SavedViewsBar(views, departments, this::currentState, this::applyView);
        add(header(), savedViews, filters(), selectionBar(), grid);
        configureGrid();
        expand(grid);
    }

    private HorizontalLayout selectionBar() {
        count.setId("customer-count");
        count.addClassNames(LumoUtility.TextColor.SECONDARY);
        selectAllMatching.setId("select-all-matching");
        selectAllMatching.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        selectAllMatching.addClickListener(click -> {
            allMatching = true;
            updateSelection();
        });
        bulk.setVisible(false);
        HorizontalLayout bar = new HorizontalLayout(count, selectAllMatching, bulk, columns.note());
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        return bar;
    }

    /** The count, the bulk actions and the export follow the ticked rows, or every matching customer. */
    private void updateSelection() {
        Set<CustomerSummary> ticked = grid.getSelectedItems();
        boolean any = allMatching || !ticked.isEmpty();
        bulk.setVisible(any && WebSession.actor().has(Role.AGENT));
        String matching = countText(matchingCount);
        selectAllMatching.setText(getTranslation("customers.selectAllMatching", matching));
        selectAllMatching.setVisible(!allMatching && !ticked.isEmpty());
        bulk.describe(allMatching ? matching : String.valueOf(ticked.size()));
        selection = new CustomerExportLink.Selection(currentFilter(), currentSort(),
                allMatching ? List.of() : ticked.stream().map(CustomerSummary::id).toList());
    }

    private CustomerBulkPanel.Target bulkTarget() {
        if (allMatching) {
            return new CustomerBulkPanel.Target(new CustomerSelection.Matching(currentFilter()), countText(matchingCount));
        }
        List<Long> ids = grid.getSelectedItems().stream().map(CustomerSummary::id).toList();
        return new CustomerBulkPanel.Target(new CustomerSelection.Chosen(ids), String.valueOf(ids.size()));
    }

    private void afterBulkChange() {
        grid.deselectAll();
        allMatching = false;
        reload();
    }

    private String countText(CustomerService.CappedCount counted) {
        String value = formats.number(counted.value());
        return counted.atLeast() ? value + "+" : value;
    }

    private SavedViewDraft currentState(String viewName) {
        return new SavedViewDraft(viewName, null, currentFilter(), currentSort(), columns.shown());
    }

    /** Shows a saved view's filter, sort and columns (and its filter in the address). */
    private void applyView(SavedView view) {
        applyingUrl = true;
        try {
            CustomerFilter filter = view.filter();
            name.setValue(filter.namePrefix() == null ? "" : filter.namePrefix());
            stages.setValue(filter.stages());
            owner.setValue(filter.ownerId() == null ? null : users.find(filter.ownerId()).orElse(null));
            tag.setValue(filter.tag());
            sort.setValue(view.sort());
            columns.show(view.columns());
        } finally {
            applyingUrl = false;
        }
        filterChanged();
    }

    private HorizontalLayout header() {
        H2 title = new H2(getTranslation("customers.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        create.setId("new-customer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importCustomers.setId("import-customers");
        HorizontalLayout header = new HorizontalLayout(title, importCustomers, exportLink, create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        return header;
    }

    private HorizontalLayout filters() {
        name.setId("filter-name");
        name.setPlaceholder(getTranslation("customers.filter.name"));
        name.setAriaLabel(getTranslation("customers.filter.name"));
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);

        stages.setId("filter-stage");
        stages.setPlaceholder(getTranslation("customers.filter.stage"));
        stages.setAriaLabel(getTranslation("customers.filter.stage"));
        stages.setItems(LifecycleStage.values());
        stages.setItemLabelGenerator(EnumLabels.of(this));

        owner.setId("filter-owner");
        owner.setPlaceholder(getTranslation("customers.filter.owner"));
        owner.setAriaLabel(getTranslation("customers.filter.owner"));
        owner.setItems(users.activeUsers());
        owner.setItemLabelGenerator(User::displayName);
        owner.setClearButtonVisible(true);

        tag.setId("filter-tag");
        tag.setPlaceholder(getTranslation("customers.filter.tag"));
        tag.setAriaLabel(getTranslation("customers.filter.tag"));
        tag.setItems(query -> query.getOffset() > 0 ? java.util.stream.Stream.empty()
                : customers.tags(query.getFilter().orElse(""), Math.min(query.getLimit(), 50)).stream());
        tag.setClearButtonVisible(true);

        sort.setId("sort");
        sort.setAriaLabel(getTranslation("customers.sort"));
        sort.setItems(CustomerSort.values());
        sort.setItemLabelGenerator(EnumLabels.of(this));
        sort.setValue(CustomerSort.NAME_ASCENDING);

        name.addValueChangeListener(e -> filterChanged());
        stages.addValueChangeListener(e -> filterChanged());
        owner.addValueChangeListener(e -> filterChanged());
        tag.addValueChangeListener(e -> filterChanged());
        sort.addValueChangeListener(e -> filterChanged());

        HorizontalLayout filters = new HorizontalLayout(name, stages, owner, tag, sort, columns.chooser());
        filters.setWidthFull();
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        return filters;
    }

    private void configureGrid() {
        grid.setId("customer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        var multiSelect = (GridMultiSelectionModel<CustomerSummary>) grid.setSelectionMode(Grid.SelectionMode.MULTI);
        multiSelect.setDragSelect(true);
        multiSelect.addClientItemToggleListener(this::selectRange);
        grid.addSelectionListener(event -> {
            if (event.getAllSelectedItems().isEmpty()) {
                allMatching = false;
            }
            updateSelection();
        });
        // A click on a row's data opens the customer; one in the selection column (no column of ours) only ticks it.
        grid.addItemClickListener(click -> {
            if (click.getColumn() != null) {
                getUI().ifPresent(ui -> ui.navigate(Customer360View.class, Customer360View.parameters(click.getItem().id())));
            }
        });
        grid.setEmptyStateText(getTranslation("customers.empty"));
        reload();
    }

    /** Shift-click ticks (or unticks) every loaded row from the row clicked before to this one, as in a file manager. */
    private void selectRange(ClientItemToggleEvent<CustomerSummary> event) {
        int to = loaded.indexOf(event.getItem());
        int from = rangeAnchor == null ? -1 : loaded.indexOf(rangeAnchor);
        if (event.isShiftKey() && from >= 0 && to >= 0) {
            List<CustomerSummary> range = List.copyOf(loaded.subList(Math.min(from, to), Math.max(from, to) + 1));
            if (event.isSelected()) {
                grid.asMultiSelect().select(range);
            } else {
                grid.asMultiSelect().deselect(range);
            }
        }
        rangeAnchor = event.getItem();
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        reload();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new com.vaadin.flow.router.Location("customers", toQuery())));
    }

    private void reload() {
        CustomerFilter filter = currentFilter();
        CustomerSort order = currentSort();
        allMatching = false;
        grid.deselectAll();
        KeysetPager<CustomerSummary> pager = new KeysetPager<>((after, limit) ->
                columns.withPluginValues(customers.list(filter, order, after, limit), getLocale()));
        loaded.clear();
        rangeAnchor = null;
        grid.setItems(query -> {
            List<CustomerSummary> page = pager.fetch(query.getOffset(), query.getLimit()).toList();
            remember(query.getOffset(), page);
            return page.stream();
        });
        // Counted once per filter (a bounded COUNT over a LIMIT subquery), not again on every tick.
        matchingCount = customers.count(filter, CustomerBulkActions.COUNT_BOUND);
        count.setText(getTranslation("customers.count", countText(matchingCount)));
        updateSelection();
    }

    /** Keeps the rows the grid loaded at their positions, for shift-click ranges. */
    private void remember(int offset, List<CustomerSummary> page) {
        while (loaded.size() < offset + page.size()) {
            loaded.add(null);
        }
        for (int i = 0; i < page.size(); i++) {
            loaded.set(offset + i, page.get(i));
        }
    }

    private CustomerSort currentSort() {
        return Optional.ofNullable(sort.getValue()).orElse(CustomerSort.NAME_ASCENDING);
    }

    CustomerFilter currentFilter() {
        return new CustomerFilter(name.getValue(), stages.getValue(),
                owner.getValue() == null ? null : owner.getValue().id(), tag.getValue());
    }

    private QueryParameters toQuery() {
        Map<String, List<String>> parameters = new HashMap<>();
        if (!name.getValue().isBlank()) {
            parameters.put("q", List.of(name.getValue()));
        }
        if (!stages.getValue().isEmpty()) {
            parameters.put("stage", stages.getValue().stream().map(Enum::name).sorted().toList());
        }
        if (owner.getValue() != null) {
            parameters.put("owner", List.of(String.valueOf(owner.getValue().id())));
        }
        if (tag.getValue() != null && !tag.getValue().isBlank()) {
            parameters.put("tag", List.of(tag.getValue()));
        }
        if (sort.getValue() != null && sort.getValue() != CustomerSort.NAME_ASCENDING) {
            parameters.put("sort", List.of(sort.getValue().name()));
        }
        return new QueryParameters(parameters);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // Here, not in the constructor: the view is reused when only the query changes, and roles change.
        create.setVisible(WebSession.actor().has(Role.AGENT));
        exportLink.setVisible(CustomerExport.allowed(WebSession.actor()));
        importCustomers.setVisible(CustomerImportService.allowed(WebSession.actor()));
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        if (query.isEmpty()) {
            var preferred = views.defaultView(WebSession.actor());
            if (preferred.isPresent()) {
                savedViews.showChosen(preferred.get());
                applyView(preferred.get());
                return;
            }
        }
        applyingUrl = true;
        try {
            name.setValue(UrlQuery.first(query, "q").orElse(""));
            Set<LifecycleStage> selected = query.getOrDefault("stage", List.of()).stream()
                    .flatMap(value -> UrlQuery.parseEnum(LifecycleStage.class, value).stream())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecycleStage.class)));
            stages.setValue(selected);
            owner.setValue(UrlQuery.first(query, "owner").flatMap(UrlQuery::parseLong).flatMap(users::find).orElse(null));
            tag.setValue(UrlQuery.first(query, "tag").orElse(null));
            sort.setValue(UrlQuery.first(query, "sort").flatMap(value -> UrlQuery.parseEnum(CustomerSort.class, value))
                    .orElse(CustomerSort.NAME_ASCENDING));
        } finally {
            applyingUrl = false;
        }
        reload();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " · " + getTranslation("app.name");
    }
}
