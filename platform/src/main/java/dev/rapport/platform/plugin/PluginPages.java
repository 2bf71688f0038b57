package dev.rapport.platform.plugin;

import dev.rapport.sdk.extension.MenuItem;
import dev.rapport.sdk.extension.PluginRoute;
import java.util.List;

/**
 * Where a started plugin's pages go: the web shell's routes and side navigation. The web layer implements it,
 * so the plugin runtime does not depend on the web layer. Both methods may be called from any thread.
 */
public interface PluginPages {

    /** Serves {@code routes} and shows {@code menuItems} for {@code pluginId}, replacing what it had. */
    void add(String pluginId, List<PluginRoute> routes, List<MenuItem> menuItems);

    /** Removes every route and menu entry of {@code pluginId}. */
    void remove(String pluginId);
}
