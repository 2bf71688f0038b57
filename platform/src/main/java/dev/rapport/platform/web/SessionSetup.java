package dev.rapport.platform.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinRequest;
import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.plugin.PluginViews;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.security.AccessControl;
import dev.rapport.platform.web.security.UserSessions;
import jakarta.servlet.http.Cookie;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Prepares every new session (time zone, acting user) and UI (language chosen earlier, error handling), and keeps
 * the {@link UserSessions} of the service.
 */
final class SessionSetup implements VaadinServiceInitListener {

    static final String LOCALE_COOKIE = "rapport-locale";
    private static final PluginViews NO_PLUGINS = new PluginViews() {
        @Override
        public Optional<PluginClass> pluginClass(Class<?> type) {
            return Optional.empty();
        }

        @Override
        public void failed(String pluginId, String what, Throwable error) {
        }
    };

    private final ServiceRegistry services;

    SessionSetup(ServiceRegistry services) {
        this.services = services;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ZoneId defaultZone = ZoneId.of(services.require(RapportConfig.class).get("ui.default.time.zone", "UTC"));
        services.find(PluginRouteRegistrar.class).ifPresent(routes -> routes.attach(event.getSource().getContext()));
        // Sessions per user, so a changed or reset password or a deactivation ends that user's other sessions at once.
        UserSessions sessions = new UserSessions(services.require(UserDirectory.class));
        services.find(UserAdministration.class).ifPresent(administration -> administration.endSessionsWith(sessions));
        event.getSource().getContext().setAttribute(UserSessions.class, sessions);
        event.getSource().addSessionDestroyListener(destroy -> sessions.ended(new UserSessions.Browser(destroy.getSession())));
        event.getSource().addSessionInitListener(init -> {
            UserPreferences.of(init.getSession(), defaultZone);
            init.getSession().setErrorHandler(new ErrorNotifier());
            chosenLocale(init.getRequest()).ifPresent(init.getSession()::setLocale);
        });
        OpenPages pages = new OpenPages();
        event.getSource().addServiceDestroyListener(destroy -> pages.detachAll());
        event.getSource().addUIInitListener(init -> {
            pages.opened(init.getUI());
            init.getUI().addBeforeEnterListener(new AccessControl(services.find(PluginViews.class).orElse(NO_PLUGINS),
                    services.require(ModuleAccess.class), services.require(NavigationRegistry.class),
                    services.require(UserDirectory.class), services.require(PluginPermissions.class)));
            browserZone(init.getUI()).ifPresent(UserPreferences.of(init.getUI().getSession(), defaultZone)::zone);
            Locale sessionLocale = init.getUI().getSession().getLocale();
            if (sessionLocale != null && BundleI18NProvider.LOCALES.stream()
                    .anyMatch(l -> l.getLanguage().equals(sessionLocale.getLanguage()))) {
                init.getUI().setLocale(sessionLocale);
            }
        });
    }

    /** The time zone the browser reports (Vaadin fetches the browser's details while it creates the UI). */
    private static Optional<ZoneId> browserZone(UI ui) {
        try {
            String zone = ui.getPage().getExtendedClientDetails().getTimeZoneId();
            return zone == null || zone.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(zone));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The language picked earlier in this browser (a cookie), if it is one the product speaks. */
    private static Optional<Locale> chosenLocale(VaadinRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(cookie -> cookie.getName().equals(LOCALE_COOKIE)).findFirst()
                .map(cookie -> Locale.forLanguageTag(cookie.getValue()))
                .filter(locale -> BundleI18NProvider.LOCALES.stream().anyMatch(l -> l.getLanguage().equals(locale.getLanguage())));
    }
}
