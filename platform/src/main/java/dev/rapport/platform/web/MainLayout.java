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
import dev.rapport.platform.customer.CustomerService;
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
    private final SideNav sideNav = new SideNav();
    private Runnable unsubscribe = () -> { };

    public MainLayout(NavigationRegistry navigation, CustomerService customers) {
        this.navigation = navigation;
        setPrimarySection(Section.DRAWER);

        Span title = new Span(getTranslation("app.name"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD, LumoUtility.Padding.MEDIUM);
        addToDrawer(title, sideNav);
        sideNav.setId("main-navigation");

        GlobalSearch search = new GlobalSearch(customers);
        Span user = new Span(WebSession.actor().displayName());
        user.setId("current-user");
        user.addClassNames(LumoUtility.TextColor.SECONDARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), search, languageSelect(), user);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(search);
        header.addClassNames(LumoUtility.Padding.End.MEDIUM);
        addToNavbar(header);
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
        unsubscribe = navigation.subscribe(entries -> ui.access(() -> rebuild(entries)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe.run();
        super.onDetach(detachEvent);
    }

    private void rebuild(List<NavigationRegistry.MenuEntry> entries) {
        sideNav.removeAll();
        for (NavigationRegistry.MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(getTranslation(entry.labelKey()), entry.path());
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(icon.length == 2 ? new Icon(icon[0], icon[1]) : new Icon(entry.icon()));
            item.setId("nav-" + entry.id().replace('.', '-'));
            sideNav.addItem(item);
        }
    }
}
