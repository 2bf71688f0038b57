package dev.rapport.platform.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers plugin views as Vaadin routes while the application runs (Vaadin's start-up {@code @Route} scan
 * never sees plugin class loaders) and removes them when their plugin stops. Routes of plugins started
 * before Vaadin is up are registered as soon as it is.
 */
public final class PluginRouteRegistrar {

    /** A route of a plugin: a path and its view. */
    public record Route(String path, Class<? extends Component> view) {
    }

    private final Map<String, List<Route>> routesByPlugin = new ConcurrentHashMap<>();
    private volatile RouteConfiguration configuration;

    /** Called once Vaadin's service exists; registers every route wanted so far. */
    synchronized void attach(VaadinContext context) {
        configuration = RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context));
        configuration.update(() -> routesByPlugin.values().forEach(routes -> routes.forEach(this::setRoute)));
    }

    public synchronized void register(String pluginId, List<Route> routes) {
        unregister(pluginId);
        routesByPlugin.put(pluginId, List.copyOf(routes));
        if (configuration != null) {
            configuration.update(() -> routes.forEach(this::setRoute));
        }
    }

    public synchronized void unregister(String pluginId) {
        List<Route> routes = routesByPlugin.remove(pluginId);
        if (routes != null && configuration != null) {
            configuration.update(() -> routes.forEach(route -> configuration.removeRoute(route.path())));
        }
    }

    /** Whether {@code path} is served by a plugin view right now. */
    public boolean isRegistered(String path) {
        return routesByPlugin.values().stream().flatMap(List::stream).anyMatch(route -> route.path().equals(path));
    }

    /** Every route the application serves now, the kernel's and the plugins' (none before Vaadin is up). */
    public List<RouteData> allRoutes() {
        RouteConfiguration current = configuration;
        return current == null ? List.of() : current.getAvailableRoutes();
    }

    private void setRoute(Route route) {
        configuration.setRoute(route.path(), route.view(), MainLayout.class);
    }
}
