package dev.rapport.platform.plugin;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the web layer needs to know about plugins to create their views: whose a class is, the constructor
 * arguments that plugin offers, and where to report a failing view.
 */
public interface PluginViews {

    /** A plugin's class: the plugin and how to resolve constructor parameters for it. */
    record PluginClass(String pluginId, Function<Class<?>, Optional<Object>> arguments) {
    }

    /** The plugin {@code type} belongs to, or empty for the platform's own classes. */
    Optional<PluginClass> pluginClass(Class<?> type);

    /** Records that {@code what} of plugin {@code pluginId} failed. */
    void failed(String pluginId, String what, Throwable error);
}
