package dev.rapport.platform.plugin;

import java.util.Optional;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginWrapper;

/**
 * Tells the web layer whose a class is and what its constructors may receive, so it can create plugin views; and
 * records a view's failure against its plugin. Never waits for a plugin's start, stop or installation under way.
 */
final class PluginClassOwners implements PluginViews {

    private final RapportPluginManager plugins;
    private final PluginLifecycle lifecycle;
    private final PluginHealth health;

    PluginClassOwners(RapportPluginManager plugins, PluginLifecycle lifecycle, PluginHealth health) {
        this.plugins = plugins;
        this.lifecycle = lifecycle;
        this.health = health;
    }

    @Override
    public Optional<PluginClass> pluginClass(Class<?> type) {
        if (!(type.getClassLoader() instanceof PluginClassLoader) && !plugins.hasClassPathPlugins()) {
            return Optional.empty();
        }
        PluginWrapper plugin = plugins.whichPlugin(type);
        if (plugin == null) {
            return Optional.empty();
        }
        KernelPluginContext context = lifecycle.contextOf(plugin.getPluginId());
        return Optional.of(new PluginClass(plugin.getPluginId(), context::resolve));
    }

    @Override
    public void failed(String pluginId, String what, Throwable error) {
        health.failed(pluginId, what, error);
    }
}
