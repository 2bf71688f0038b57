package dev.rapport.platform.marketplace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.security.Role;

/**
 * The administrators' Marketplace: the plugins the repositories offer, with the installed version, the newest
 * version that works here and why an incompatible one cannot be installed; install, update and uninstall
 * while the platform runs, with progress, and the departments that use a plugin chosen right after installing.
 */
@Route(value = "admin/marketplace", layout = MainLayout.class)
@RequiresRole(Role.ADMINISTRATOR)
public class MarketplaceView extends VerticalLayout implements HasDynamicTitle {

    private final Marketplace marketplace;
    private final ModuleAccess modules;
    private final DepartmentDirectory departments;
    private final TextField search = new TextField();
    private final Grid<Marketplace.Offer> grid = new Grid<>();

    public MarketplaceView(Marketplace marketplace, ModuleAccess modules, DepartmentDirectory departments) {
        this.marketplace = marketplace;
        this.modules = modules;
        this.departments = departments;
        setSizeFull();
        add(header());
        if (marketplace.allowsUnsigned()) {
            Div warning = new Div(getTranslation("marketplace.unsignedAllowed"));
            warning.setId("marketplace-unsigned-warning");
            warning.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontWeight.SEMIBOLD);
            add(warning);
        }
        search.setId("marketplace-search");
        search.setPlaceholder(getTranslation("marketplace.search"));
        search.setAriaLabel(getTranslation("marketplace.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());
        configureGrid();
        add(search, grid);
        expand(grid);
        refresh();
    }

    private HorizontalLayout header() {
        H2 title = new H2(getTranslation("marketplace.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        Button reload = new Button(getTranslation("marketplace.refresh"), VaadinIcon.REFRESH.create(), click -> {
            marketplace.refresh();
            refresh();
        });
        reload.setId("marketplace-refresh");
        Button repositories = new Button(getTranslation("marketplace.repositories"), VaadinIcon.DATABASE.create(),
                click -> new RepositoriesDialog(marketplace, this::refresh).open());
        repositories.setId("marketplace-repositories");
        Button keys = new Button(getTranslation("marketplace.keys"), VaadinIcon.KEY.create(),
                click -> new TrustedKeysDialog(marketplace.trustedKeys(), this::refresh).open());
        keys.setId("marketplace-keys");
        HorizontalLayout header = new HorizontalLayout(title, reload, repositories, keys);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        return header;
    }

    private void configureGrid() {
        grid.setId("marketplace-plugins");
        grid.addComponentColumn(this::nameAndDescription).setHeader(getTranslation("marketplace.plugin"))
                .setFlexGrow(4).setKey("plugin");
        grid.addColumn(offer -> offer.provider() == null ? "" : offer.provider())
                .setHeader(getTranslation("plugins.provider")).setAutoWidth(true).setKey("provider");
        grid.addColumn(offer -> offer.availableVersion() == null ? "" : offer.availableVersion())
                .setHeader(getTranslation("marketplace.available")).setAutoWidth(true).setKey("available");
        grid.addColumn(offer -> offer.installedVersion() == null ? "" : offer.installedVersion())
                .setHeader(getTranslation("marketplace.installed")).setAutoWidth(true).setKey("installed");
        grid.addComponentColumn(this::status).setHeader(getTranslation("plugins.state")).setFlexGrow(2)
                .setKey("status");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setKey("actions");
        grid.setEmptyStateText(getTranslation("marketplace.empty"));
    }

    void refresh() {
        grid.setItems(marketplace.offers(search.getValue()));
    }

    private Component nameAndDescription(Marketplace.Offer offer) {
        Span name = new Span(offer.name());
        name.addClassNames(LumoUtility.FontWeight.SEMIBOLD, "offer-name");
        Span id = new Span(" " + offer.id() + (offer.repository() == null ? "" : " · " + offer.repository()));
        id.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL, "offer-id");
        Div description = new Div(offer.description() == null ? "" : offer.description());
        description.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NORMAL);
        return new Div(new Div(name, id), description);
    }

    private Component status(Marketplace.Offer offer) {
        if (offer.refusal() != null) {
            Span refusal = new Span(offer.refusal());
            refusal.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL, LumoUtility.Whitespace.NORMAL,
                    "offer-refusal");
            return refusal;
        }
        if (offer.updateAvailable()) {
            return badge("marketplace.updateAvailable", BadgeVariant.WARNING);
        }
        if (offer.installed()) {
            return badge(offer.repository() == null ? "marketplace.installedOnly" : "marketplace.upToDate",
                    BadgeVariant.SUCCESS);
        }
        return new Span();
    }

    private Badge badge(String key, BadgeVariant variant) {
        Badge badge = new Badge(getTranslation(key));
        badge.addThemeVariants(variant);
        badge.addClassName("offer-status");
        return badge;
    }

    private Component actions(Marketplace.Offer offer) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!offer.installed() && offer.availableVersion() != null) {
            actions.add(action("marketplace.install", "install-plugin", offer, () -> InstallDialog.install(marketplace,
                    modules, departments, offer, this::refresh)));
        }
        if (offer.updateAvailable()) {
            actions.add(action("marketplace.update", "update-plugin", offer, () -> InstallDialog.update(marketplace,
                    modules, departments, offer, this::refresh)));
        }
        if (offer.installed()) {
            actions.add(action("marketplace.uninstall", "uninstall-plugin", offer,
                    () -> new UninstallDialog(marketplace, offer, this::refresh).open()));
        }
        return actions;
    }

    private Button action(String labelKey, String className, Marketplace.Offer offer, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), click -> onClick.run());
        button.setId(className + "-" + offer.id());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (className.equals("uninstall-plugin")) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        } else {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        button.addClassName(className);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("marketplace.title") + " · " + getTranslation("app.name");
    }
}
