package dev.rapport.platform.plugin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the Plugins page shows of every loaded plugin (its state, error and failures), and who wants to hear of
 * changes. Reads without waiting for any plugin's start, stop or installation under way.
 */
final class PluginStatuses {

    private static final Logger log = LoggerFactory.getLogger(PluginStatuses.class);

    private final RapportPluginManager plugins;
    private final PluginStateStore states;
    private final PluginHealth health;
    private final PluginLifecycle lifecycle;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    PluginStatuses(RapportPluginManager plugins, PluginStateStore states, PluginHealth health,
                   PluginLifecycle lifecycle) {
        this.plugins = plugins;
        this.states = states;
        this.health = health;
        this.lifecycle = lifecycle;
    }

    List<PluginHost.PluginStatus> all() {
        List<PluginHost.PluginStatus> statuses = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            statuses.add(statusOf(plugin));
        }
        statuses.sort(Comparator.comparing(PluginHost.PluginStatus::id));
        return statuses;
    }

    /** The status of a loaded plugin. */
    PluginHost.PluginStatus of(String pluginId) {
        return statusOf(plugins.getPlugin(pluginId));
    }

    private PluginHost.PluginStatus statusOf(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        var descriptor = plugin.getDescriptor();
        Optional<PluginHealth.Failures> failures = health.of(id);
        boolean enabled = states.isEnabled(id);
        return new PluginHost.PluginStatus(id, descriptor.getPluginDescription(), descriptor.getVersion(),
                descriptor.getProvider(), descriptor.getRequires(), state(plugin, enabled), enabled, error(plugin, enabled),
                failures.map(PluginHealth.Failures::count).orElse(0L),
                failures.map(f -> f.lastWhat() + ": " + f.lastError()).orElse(null));
    }

    private PluginHost.State state(PluginWrapper plugin, boolean enabled) {
        String id = plugin.getPluginId();
        if (!plugins.isCompatible(plugin)) {
            return PluginHost.State.INCOMPATIBLE;
        }
        PluginHost.State moving = switch (lifecycle.phase(id)) {
            case STARTED -> PluginHost.State.STARTED;
            case STARTING -> PluginHost.State.STARTING;
            case STOPPING -> PluginHost.State.STOPPING;
            case STOPPED -> null;
        };
        if (moving != null) {
            return moving;
        }
        if (!enabled) {
            return PluginHost.State.DISABLED;
        }
        return states.lastError(id).isPresent() ? PluginHost.State.FAILED : PluginHost.State.STOPPED;
    }

    private String error(PluginWrapper plugin, boolean enabled) {
        if (!plugins.isCompatible(plugin)) {
            return plugins.incompatibility(plugin);
        }
        Optional<String> error = states.lastError(plugin.getPluginId());
        if (error.isEmpty() && enabled && !lifecycle.isStarted(plugin.getPluginId())) {
            return lifecycle.missingDependency(plugin).map(PluginLifecycle::waitingFor).orElse(null);
        }
        return error.orElse(null);
    }

    /** Calls {@code listener} after every change of a plugin's state; returns the call that unsubscribes. */
    Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void changed() {
        listeners.forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A plugin state listener failed", e);
            }
        });
    }
}
