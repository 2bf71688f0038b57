package dev.rapport.platform.web;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.theme.lumo.LumoUtility;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.security.AccountView;
import dev.rapport.platform.customer.ui.GlobalSearch;
import dev.rapport.platform.i18n.BundleI18NProvider;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;

/**
 * The shell around every view: header with product name, global customer search, language and user;
 * a side navigation that follows the {@link NavigationRegistry} while the application runs.
 */
public class MainLayout extends AppLayout implements RouterLayout {

    private final NavigationRegistry navigation;
    private final PluginPermissions permissions;
    private final ModuleAccess modules;
    private final AuditLog audit;
    private final SideNav sideNav = new SideNav();
    private Runnable unsubscribe = () -> { };

    public MainLayout(NavigationRegistry navigation, ModuleAccess modules, CustomerService customers, AuditLog audit,
                      PluginPermissions permissions) {
        this.permissions = permissions;
        this.navigation = navigation;
        this.modules = modules;
        this.audit = audit;
        setPrimarySection(Section.DRAWER);

        Span title = new Span(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Padding.MEDIUM);
        addToDrawer(title, sideNav);
        sideNav.setId("main-navigation");

        GlobalSearch search = new GlobalSearch(customers);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), search, languageSelect(), userMenu());
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(search);
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        addToNavbar(header);
    }

    /** The signed-in user's name, opening "Change password" and "Sign out". */
    private MenuBar userMenu() {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        String name = WebSession.currentActor().map(Actor::displayName).orElse("");
        MenuItem user = menu.addItem(name);
        user.setId("current-user");
        user.getSubMenu().addItem(getTranslation("header.changePassword"),
                click -> UI.getCurrent().navigate(AccountView.class)).setId("change-password-menu");
        user.getSubMenu().addItem(getTranslation("header.signOut"), click -> {
            WebSession.currentActor().ifPresent(actor -> audit.record(actor, AuditAction.SIGNED_OUT, "user", actor.userId(), null));
            WebSession.signOut();
            UI.getCurrent().getPage().setLocation("login");
        }).setId("sign-out");
        return menu;
    }

    private Select<Locale> languageSelect() {
        Select<Locale> select = new Select<>();
        select.setId("language");
        select.setItems(BundleI18NProvider.LOCALES);
        select.setItemLabelGenerator(locale -> locale.getDisplayLanguage(locale));
        select.setAriaLabel(getTranslation("header.language"));
        select.setValue(BundleI18NProvider.LOCALES.stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst().orElse(Locale.ENGLISH));
        select.setWidth("9em");
        select.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                Cookie cookie = new Cookie(SessionSetup.LOCALE_COOKIE, event.getValue().toLanguageTag());
                cookie.setPath("/");
                cookie.setMaxAge(60 * 60 * 24 * 365);
                cookie.setHttpOnly(true);
                cookie.setSecure(VaadinService.getCurrentRequest().isSecure());
                VaadinService.getCurrentResponse().addCookie(cookie);
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
        return select;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        rebuild(navigation.entries());
        Runnable fromNavigation = navigation.subscribe(entries -> ui.access(() -> rebuild(entries)));
        Runnable fromModules = modules.subscribe(() -> ui.access(() -> rebuild(navigation.entries())));
        Runnable fromPermissions = permissions.subscribe(() -> ui.access(() -> rebuild(navigation.entries())));
        unsubscribe = () -> {
            fromNavigation.run();
            fromModules.run();
            fromPermissions.run();
        };
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        super.onDetach(detachEvent);
    }

    /** The entries the user may use: their role suffices, and a plugin's is used by one of their departments. */
    private void rebuild(List<NavigationRegistry.MenuEntry> entries) {
        sideNav.removeAll();
        Actor actor = WebSession.currentActor().orElse(null);
        if (actor == null) {
            return;
        }
        for (NavigationRegistry.MenuEntry entry : entries) {
            if ((entry.requiredRole() != null && !actor.has(entry.requiredRole()))
                    || (!entry.owner().equals("kernel") && !modules.isEnabledFor(entry.owner(), actor))
                    || (entry.requiredPermission() != null && !permissions.has(actor, entry.requiredPermission()))) {
                continue;
            }
            SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()), entry.path());
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(icon.length == 2 ? new Icon(icon[0], icon[1]) : new Icon(entry.icon()));
            item.setId("nav-" + entry.id().replace('.', '-'));
            sideNav.addItem(item);
        }
    }
}
