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
            // An entry opening a route that needs a permission is shown only to users with it.
            String permission = pluginRoutes.stream().filter(route -> route.path().equals(item.path()))
                    .map(PluginRoute::requiredPermission).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            navigation.add(new NavigationRegistry.MenuEntry(pluginId + "." + item.path(), item.labelKey(), item.icon(),
                    item.path(), item.order(), pluginId, item.requiredRole(), permission));
        }
    }

    @Override
    public void remove(String pluginId) {
        navigation.removeOwnedBy(pluginId);
        routes.unregister(pluginId);
    }
}
