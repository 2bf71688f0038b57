package dev.rapport.sdk.extension;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Screens a plugin adds: routes (a path and the Vaadin view that serves it) and side-navigation entries.
 *
 * <p><b>Lifecycle:</b> read once when the plugin starts; the routes are registered with Vaadin and the menu
 * entries added at that moment, and both are removed when the plugin stops or is disabled. An open browser
 * tab that still shows a view of a stopped plugin shows "not found" on its next navigation.
 * <p><b>Paths:</b> every path must start with the plugin id ({@code account-notes} or
 * {@code account-notes/...}); other paths are refused and the plugin's start fails.
 * <p><b>Views</b> are created per browser visit through the platform's instantiator: a view's only public
 * constructor may take the plugin's {@link dev.rapport.sdk.PluginContext}, the services the context offers,
 * and services the plugin registered with {@link dev.rapport.sdk.PluginContext#provide}.
 * <p><b>Threading:</b> {@link #routes()} and {@link #menuItems()} are called on the thread that starts the
 * plugin. <b>Failure:</b> if either throws, the plugin's start fails and the error is shown on the Plugins
 * page; an exception in a view's constructor shows an error view naming the plugin, the rest of the
 * application keeps working.
 *
 * @since 1.0.0
 */
public interface NavigationContribution extends ExtensionPoint {

    /**
     * The plugin's routes.
     *
     * @return the routes; may be empty
     */
    List<PluginRoute> routes();

    /**
     * The plugin's side-navigation entries, each pointing at one of its routes.
     *
     * @return the entries; may be empty
     */
    List<MenuItem> menuItems();
}
