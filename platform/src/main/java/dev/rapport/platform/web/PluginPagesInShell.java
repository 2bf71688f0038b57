package dev.rapport.platform.web;

import dev.rapport.platform.plugin.PluginPages;
import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;

/** Puts plugins' pages into the shell: their routes into the route registrar, their menu items into the navigation. */
public final class PluginPagesInShell implements PluginPages {

    private final NavigationRegistry navigation;
    private final PluginRouteRegistrar routes;

    public PluginPagesInShell(NavigationRegistry navigation, PluginRouteRegistrar routes) {
        this.navigation = navigation;
        this.routes = routes;
    }

    @Override
    public void add(String pluginId, List<PluginRoute> pluginRoutes, List<MenuItem> menuItems) {
        routes.register(pluginId, pluginRoutes.stream()
                .map(route -> new PluginRouteRegistrar.Route(route.path(), route.view())).toList());
        navigation.removeOwnedBy(pluginId);
        for (MenuItem item : menuItems) {
            navigation.add(new NavigationRegistry.MenuEntry(pluginId + "." + item.path(), item.labelKey(), item.icon(),
                    item.path(), item.order(), pluginId, item.requiredRole()));
        }
    }

    @Override
    public void remove(String pluginId) {
        navigation.removeOwnedBy(pluginId);
        routes.unregister(pluginId);
    }
}
