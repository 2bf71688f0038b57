package dev.rapport.platform.plugin;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.sdk.extension.CustomerTab;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.NavigationContribution;
import dev.rapport.sdk.extension.PluginRoute;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.segment.SegmentFacet;
import dev.rapport.platform.segment.SegmentFacetRegistry;
import java.util.ArrayList;
import java.util.List;
import org.pf4j.PluginRuntimeException;

/**
 * Puts a started plugin's extensions where the platform uses them (routes, menu, customer tabs, event
 * listeners, metrics, public endpoints, its texts) and takes them away again. Registration is all or nothing.
 */
final class PluginExtensions {

    private final RapportPluginManager plugins;
    private final NavigationRegistry navigation;
    private final PluginRouteRegistrar routes;
    private final CustomerTabRegistry tabs;
    private final MetricRegistry metrics;
    private final PublicEndpointRegistry endpoints;
    private final EventDispatcher events;
    private final BundleI18NProvider translations;
    private final SegmentFacetRegistry facets;

    PluginExtensions(RapportPluginManager plugins, NavigationRegistry navigation, PluginRouteRegistrar routes,
                     CustomerTabRegistry tabs, MetricRegistry metrics, PublicEndpointRegistry endpoints,
                     EventDispatcher events, BundleI18NProvider translations, SegmentFacetRegistry facets) {
        this.plugins = plugins;
        this.navigation = navigation;
        this.routes = routes;
        this.tabs = tabs;
        this.metrics = metrics;
        this.endpoints = endpoints;
        this.events = events;
        this.translations = translations;
        this.facets = facets;
    }

    static String bundleOf(String pluginId) {
        return "plugins." + pluginId + ".messages";
    }

    /**
     * Makes the plugin's texts available; called before the plugin starts, so that {@code start()} may already
     * use its translations (e.g. for data it makes). {@link #unregister} takes them away again.
     */
    void registerTranslations(String pluginId) {
        ClassLoader classLoader = plugins.getPluginClassLoader(pluginId);
        if (classLoader.getResource("plugins/" + pluginId + "/messages.properties") != null) {
            translations.register("plugins/" + pluginId + "/messages", classLoader, bundleOf(pluginId));
        }
    }

    void register(String pluginId) {
        try {
            registerNavigation(pluginId);
            plugins.getExtensions(CustomerTab.class, pluginId).forEach(tab -> tabs.add(pluginId, tab));
            plugins.getExtensions(ScorecardMetric.class, pluginId).forEach(metric -> metrics.add(pluginId, metric));
            plugins.getExtensions(PublicEndpoint.class, pluginId).forEach(endpoint -> endpoints.add(pluginId, endpoint));
            plugins.getExtensions(SegmentFacet.class, pluginId).forEach(facet -> facets.add(pluginId, facet));
            for (DomainEventListener listener : plugins.getExtensions(DomainEventListener.class, pluginId)) {
                events.register(pluginId + ":" + listener.getClass().getName(), pluginId, listener);
            }
        } catch (RuntimeException | LinkageError e) {
            unregister(pluginId);
            throw e;
        }
    }

    private void registerNavigation(String pluginId) {
        List<PluginRouteRegistrar.Route> pluginRoutes = new ArrayList<>();
        List<NavigationRegistry.MenuEntry> menu = new ArrayList<>();
        for (NavigationContribution contribution : plugins.getExtensions(NavigationContribution.class, pluginId)) {
            for (PluginRoute route : contribution.routes()) {
                requireOwnPath(pluginId, route.path());
                pluginRoutes.add(new PluginRouteRegistrar.Route(route.path(), route.view()));
            }
            for (MenuItem item : contribution.menuItems()) {
                requireOwnPath(pluginId, item.path());
                menu.add(new NavigationRegistry.MenuEntry(pluginId + "." + item.path(), item.labelKey(), item.icon(),
                        item.path(), item.order(), pluginId, item.requiredRole()));
            }
        }
        routes.register(pluginId, pluginRoutes);
        menu.forEach(navigation::add);
    }

    private static void requireOwnPath(String pluginId, String path) {
        if (path == null || !(path.equals(pluginId) || path.startsWith(pluginId + "/"))) {
            throw new PluginRuntimeException("The route ''{}'' must start with the plugin id ''{}''", path, pluginId);
        }
    }

    void unregister(String pluginId) {
        events.unregisterOwnedBy(pluginId);
        facets.removeOwnedBy(pluginId);
        metrics.removeOwnedBy(pluginId);
        endpoints.removeOwnedBy(pluginId);
        tabs.removeOwnedBy(pluginId);
        navigation.removeOwnedBy(pluginId);
        routes.unregister(pluginId);
        translations.unregister(bundleOf(pluginId));
    }
}
