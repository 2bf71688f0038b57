package dev.rapport.platform.plugin;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which plugins are loaded and from which file: loads a plugin file (auditing a plugin new in the folder, or in
 * another version), unloads a plugin (stopping it first), and knows who depends on whom. Loading and unloading
 * change PF4J's bookkeeping only for the moment it takes; the file of each plugin is readable at any time.
 */
final class LoadedPlugins {

    private static final Logger log = LoggerFactory.getLogger(LoadedPlugins.class);

    /** The file a loaded plugin came from (its zip, jar or folder), and when it was loaded from it. */
    record Source(Path file, Instant loadedAt) {
    }

    private final RapportPluginManager plugins;
    private final PluginLifecycle lifecycle;
    private final PluginStateStore states;
    private final AuditLog audit;
    private final Map<String, Source> sources = new ConcurrentHashMap<>();

    LoadedPlugins(RapportPluginManager plugins, PluginLifecycle lifecycle, PluginStateStore states, AuditLog audit) {
        this.plugins = plugins;
        this.lifecycle = lifecycle;
        this.states = states;
        this.audit = audit;
    }

    /** Loads a plugin file; its id, or null when it cannot be loaded (logged). */
    String load(Path file) {
        try {
            String pluginId = plugins.loadPlugin(file);
            if (pluginId != null) {
                sources.put(pluginId, new Source(file, Instant.now()));
                recordArrival(pluginId);
            }
            return pluginId;
        } catch (RuntimeException e) {
            log.error("Cannot load the plugin {}", file, e);
            return null;
        }
    }

    /**
     * Loads a plugin file as an installation or update does: no arrival is audited (the installer audits), and a
     * file that cannot be loaded throws.
     */
    String loadInstalled(Path file) {
        String pluginId = plugins.loadPlugin(file);
        if (pluginId == null) {
            throw new IllegalStateException("PF4J refused the file " + file.getFileName());
        }
        sources.put(pluginId, new Source(file, Instant.now()));
        return pluginId;
    }

    /** Stops and unloads one plugin; its dependents must be unloaded already. */
    void unload(String pluginId) {
        lifecycle.stop(pluginId);
        plugins.unloadAlone(pluginId);
        lifecycle.forget(pluginId);
        sources.remove(pluginId);
    }

    /**
     * Unloads a plugin and, before it, every loaded plugin that depends on it (PF4J's class loaders of the
     * dependents point at this one's); returns the dependents' files in the order to load them again.
     */
    List<Path> unloadWithDependents(String pluginId) {
        List<Path> reloadOrder = new ArrayList<>();
        for (String dependent : dependentsOf(pluginId)) {
            Source source = sources.get(dependent);
            List<Path> below = unloadWithDependents(dependent);
            if (source != null) {
                reloadOrder.add(source.file());
            }
            reloadOrder.addAll(below);
        }
        unload(pluginId);
        return reloadOrder;
    }

    /**
     * Loads the files again and starts the enabled plugins among them; one whose dependency is missing stays
     * loaded and waits for it.
     */
    void loadAndStart(List<Path> files) {
        for (Path file : files) {
            String pluginId = load(file);
            if (pluginId != null) {
                lifecycle.startIfEnabled(pluginId);
            }
        }
        adoptUnrecorded();
    }

    /** The file the plugin was loaded from. */
    Path fileOf(String pluginId) {
        return sources.get(pluginId).file();
    }

    Instant loadedAt(String pluginId) {
        return sources.get(pluginId).loadedAt();
    }

    /** The loaded plugins by the normalised absolute path of their file. */
    Map<Path, String> bySource() {
        Map<Path, String> loaded = new HashMap<>();
        sources.forEach((pluginId, source) -> loaded.put(source.file().toAbsolutePath().normalize(), pluginId));
        return loaded;
    }

    /**
     * Records the files of plugins PF4J holds without a file recorded here, and returns their ids: a plugin whose
     * dependency was loaded after it fails to load at first, stays with PF4J, and resolves when the dependency comes.
     */
    List<String> adoptUnrecorded() {
        List<String> adopted = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            String pluginId = plugin.getPluginId();
            if (!sources.containsKey(pluginId)) {
                sources.put(pluginId, new Source(sourceOf(plugin), Instant.now()));
                recordArrival(pluginId);
                adopted.add(pluginId);
            }
        }
        return adopted;
    }

    /** Forgets the file of a plugin PF4J removed itself. */
    void forgetSource(String pluginId) {
        sources.remove(pluginId);
    }

    PluginWrapper require(String pluginId) {
        PluginWrapper plugin = plugins.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("There is no plugin " + pluginId);
        }
        return plugin;
    }

    String version(String pluginId) {
        return require(pluginId).getDescriptor().getVersion();
    }

    /** The ids of the loaded plugins that depend on {@code pluginId} (also optionally). */
    List<String> dependentsOf(String pluginId) {
        return plugins.getPlugins().stream()
                .filter(plugin -> plugin.getDescriptor().getDependencies().stream()
                        .anyMatch(dependency -> dependency.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).sorted().toList();
    }

    /**
     * The plugins an action on {@code pluginId} may start or stop: it, the plugins it needs ({@code dependencies}
     * and, for loaded ones, theirs) and the plugins that need any of them, transitively.
     */
    Set<String> familyOf(String pluginId, Collection<String> dependencies) {
        Set<String> family = new TreeSet<>();
        Deque<String> next = new ArrayDeque<>(dependencies);
        next.add(pluginId);
        while (!next.isEmpty()) {
            String member = next.poll();
            if (family.add(member)) {
                PluginWrapper plugin = plugins.getPlugin(member);
                if (plugin != null) {
                    plugin.getDescriptor().getDependencies().forEach(dependency -> next.add(dependency.getPluginId()));
                }
                next.addAll(dependentsOf(member));
            }
        }
        return family;
    }

    /** The family of a loaded plugin (see {@link #familyOf(String, Collection)}). */
    Set<String> familyOf(String pluginId) {
        return familyOf(pluginId, List.of());
    }

    /** What the loaded plugins that depend on {@code pluginId} require of it: dependent id to version range. */
    Map<String, String> requirementsOn(String pluginId) {
        Map<String, String> requirements = new TreeMap<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            plugin.getDescriptor().getDependencies().stream()
                    .filter(dependency -> dependency.getPluginId().equals(pluginId))
                    .forEach(dependency -> requirements.put(plugin.getPluginId(), dependency.getPluginVersionSupport()));
        }
        return requirements;
    }

    /** Audits a plugin just loaded from the folder if it is new there, or another version than before. */
    private void recordArrival(String pluginId) {
        PluginStateStore.Arrival arrival = states.arrived(pluginId, plugins.getPlugin(pluginId).getDescriptor().getVersion());
        if (arrival.isNew()) {
            audit.record(Actor.SYSTEM, AuditAction.PLUGIN_INSTALLED, "plugin", pluginId,
                    "version " + arrival.now() + " from " + sources.get(pluginId).file().getFileName());
        } else if (arrival.isOtherVersion()) {
            audit.record(Actor.SYSTEM, AuditAction.PLUGIN_UPDATED, "plugin", pluginId,
                    "version: " + arrival.before() + " → " + arrival.now());
        }
    }

    /**
     * The file a plugin just loaded from the folder came from: its zip if there is one, else its folder or jar.
     * Asked right after loading and then remembered: PF4J runs a zip's plugin from the folder it expands the
     * zip into, and that folder stays when the zip is removed.
     */
    static Path sourceOf(PluginWrapper plugin) {
        Path path = plugin.getPluginPath();
        Path zip = path.resolveSibling(path.getFileName() + ".zip");
        return Files.exists(zip) ? zip : path;
    }
}
