package dev.rapport.platform.customer.ui;

import dev.rapport.sdk.paging.KeysetPager;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
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
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.customer.CustomerSummary;
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
 * kept in the URL so a reload or a shared link shows the same list.
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
    private final Button create = new Button(getTranslation("customers.new"), VaadinIcon.PLUS.create(),
            click -> getUI().ifPresent(ui -> ui.navigate(CustomerEditView.class)));
    private final CustomerExportLink exportLink;
    private final Button importCustomers = new Button(getTranslation("customers.import"), VaadinIcon.UPLOAD.create(),
            click -> getUI().ifPresent(ui -> ui.navigate(CustomerImportView.class)));
    private boolean applyingUrl;
    private volatile CustomerExportLink.Selection selection =
            new CustomerExportLink.Selection(CustomerFilter.ALL, CustomerSort.NAME_ASCENDING);

    public CustomerListView(CustomerService customers, UserDirectory users, CustomerExport export) {
        this.customers = customers;
        this.users = users;
        setSizeFull();
        this.exportLink = new CustomerExportLink(export, users, WebSession.actor(), () -> selection);
        add(header(), filters(), grid);
        configureGrid();
        expand(grid);
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

        HorizontalLayout filters = new HorizontalLayout(name, stages, owner, tag, sort);
        filters.setWidthFull();
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        return filters;
    }

    private void configureGrid() {
        grid.setId("customer-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setPageSize(PAGE_SIZE);
        Map<Long, String> ownerNames = new HashMap<>();
        grid.addComponentColumn(row -> {
                    Span name = new Span(row.kind() == CustomerKind.ORGANISATION
                            ? VaadinIcon.BUILDING.create() : VaadinIcon.USER.create(), new Text(" " + row.displayName()));
                    name.addClassNames(LumoUtility.FontWeight.MEDIUM);
                    return name;
                })
                .setHeader(getTranslation("customer.name")).setFlexGrow(3).setKey("name");
        grid.addComponentColumn(row -> StageBadge.of(row.stage(), this))
                .setHeader(getTranslation("customer.stage")).setWidth("11em").setFlexGrow(0).setKey("stage");
        grid.addColumn(row -> row.ownerId() == null ? ""
                        : ownerNames.computeIfAbsent(row.ownerId(), id -> users.find(id).map(User::displayName).orElse("")))
                .setHeader(getTranslation("customer.owner")).setFlexGrow(1).setKey("owner");
        grid.addColumn(CustomerSummary::primaryEmail).setHeader(getTranslation("customer.email")).setFlexGrow(2).setKey("email");
        grid.addColumn(CustomerSummary::primaryPhone).setHeader(getTranslation("customer.phone")).setFlexGrow(1).setKey("phone");
        grid.addColumn(row -> formats.date(row.createdAt())).setHeader(getTranslation("customer.created"))
                .setWidth("9em").setFlexGrow(0).setKey("created");
        grid.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(Customer360View.class, Customer360View.parameters(click.getItem().id()))));
        grid.setEmptyStateText(getTranslation("customers.empty"));
        reload();
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
        CustomerSort order = Optional.ofNullable(sort.getValue()).orElse(CustomerSort.NAME_ASCENDING);
        selection = new CustomerExportLink.Selection(filter, order);
        KeysetPager<CustomerSummary> pager = new KeysetPager<>((after, limit) -> customers.list(filter, order, after, limit));
        grid.setItems(query -> pager.fetch(query.getOffset(), query.getLimit()));
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
        applyingUrl = true;
        try {
            name.setValue(first(query, "q").orElse(""));
            Set<LifecycleStage> selected = query.getOrDefault("stage", List.of()).stream()
                    .flatMap(value -> parseEnum(LifecycleStage.class, value).stream())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(LifecycleStage.class)));
            stages.setValue(selected);
            owner.setValue(first(query, "owner").flatMap(CustomerListView::parseLong).flatMap(users::find).orElse(null));
            tag.setValue(first(query, "tag").orElse(null));
            sort.setValue(first(query, "sort").flatMap(value -> parseEnum(CustomerSort.class, value))
                    .orElse(CustomerSort.NAME_ASCENDING));
        } finally {
            applyingUrl = false;
        }
        reload();
    }

    private static Optional<String> first(Map<String, List<String>> query, String key) {
        return query.getOrDefault(key, List.of()).stream().filter(v -> !v.isBlank()).findFirst();
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customers.title") + " · " + getTranslation("app.name");
    }
}
