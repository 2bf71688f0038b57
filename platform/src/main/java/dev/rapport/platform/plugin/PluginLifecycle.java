package dev.rapport.platform.plugin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.PluginDependency;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts and stops loaded plugins, one state machine per plugin: {@code STOPPED → STARTING → STARTED → STOPPING
 * → STOPPED}. Starting migrates the plugin's schema, makes its texts available, runs its {@code start()} and
 * registers its contributions; a failure at any step leaves it stopped with the error recorded (and, for an
 * installation or update, its schema changes rolled back). A plugin starts after the plugins it needs, and stops
 * after the plugins that need it, which then contribute nothing until it runs again (they start with it).
 *
 * <p>Holds no lock: the caller has claimed the plugins concerned ({@link PluginLocks}), so no other transition
 * of them runs meanwhile. The phase of every plugin is readable at any time without waiting.
 */
final class PluginLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PluginLifecycle.class);

    /** Where a loaded plugin is in its lifecycle. */
    enum Phase {
        STOPPED, STARTING, STARTED, STOPPING
    }

    private final RapportPluginManager plugins;
    private final PluginStateStore states;
    private final SchemaPolicy schema;
    private final PluginExtensions extensions;
    private final PluginHealth health;
    private final ModuleAccess modules;
    private final KernelServices kernel;
    private final Map<String, KernelPluginContext> contexts = new ConcurrentHashMap<>();
    private final Map<String, Phase> phases = new ConcurrentHashMap<>();

    PluginLifecycle(RapportPluginManager plugins, PluginStateStore states, SchemaPolicy schema,
                    PluginExtensions extensions, PluginHealth health, ModuleAccess modules, KernelServices kernel) {
        this.plugins = plugins;
        this.states = states;
        this.schema = schema;
        this.extensions = extensions;
        this.health = health;
        this.modules = modules;
        this.kernel = kernel;
    }

    KernelPluginContext contextOf(String pluginId) {
        return contexts.computeIfAbsent(pluginId, id -> {
            KernelPluginContext context = new KernelPluginContext(id, kernel);
            context.eventTypeChangesTo(extensions::eventTypesChanged);
            return context;
        });
    }

    Phase phase(String pluginId) {
        return phases.getOrDefault(pluginId, Phase.STOPPED);
    }

    boolean isStarted(String pluginId) {
        return phase(pluginId) == Phase.STARTED;
    }

    /** The plugins that run now. */
    List<String> started() {
        return phases.entrySet().stream().filter(entry -> entry.getValue() == Phase.STARTED).map(Map.Entry::getKey)
                .sorted().toList();
    }

    /** Starts the plugin if it is enabled and not running. */
    void startIfEnabled(String pluginId) {
        start(pluginId, false);
    }

    /**
     * Migrates and starts an enabled plugin; the reason when that failed. With {@code undoSchemaOnFailure} (an
     * installation or update), the changesets applied by this attempt are rolled back when it fails, so the
     * database is as before.
     */
    Optional<String> start(String pluginId, boolean undoSchemaOnFailure) {
        PluginWrapper plugin = plugins.getPlugin(pluginId);
        if (!plugins.isCompatible(plugin)) {
            log.warn("Plugin {} refused: {}", pluginId, plugins.incompatibility(plugin));
            return Optional.of(plugins.incompatibility(plugin));
        }
        if (!states.isEnabled(pluginId) || phase(pluginId) != Phase.STOPPED) {
            return Optional.empty();
        }
        // STARTING before its dependencies start: they start their waiting dependents, but not this one again.
        phases.put(pluginId, Phase.STARTING);
        Optional<String> missing = startDependencies(plugin);
        if (missing.isPresent()) {
            phases.put(pluginId, Phase.STOPPED);
            return missing;
        }
        Optional<String> failure = migrateAndStart(plugin, undoSchemaOnFailure);
        phases.put(pluginId, failure.isEmpty() ? Phase.STARTED : Phase.STOPPED);
        if (failure.isEmpty()) {
            dependentsOf(pluginId).forEach(this::startIfEnabled);
        }
        return failure;
    }

    /** The loaded plugins that depend on {@code pluginId}, also optionally (their class loaders point at its). */
    private List<String> dependentsOf(String pluginId) {
        return plugins.getPlugins().stream()
                .filter(plugin -> plugin.getDescriptor().getDependencies().stream()
                        .anyMatch(dependency -> dependency.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).sorted().toList();
    }

    /** Starts the plugins this one needs first; the reason when one of them does not run. */
    private Optional<String> startDependencies(PluginWrapper plugin) {
        for (PluginDependency dependency : plugin.getDescriptor().getDependencies()) {
            String needed = dependency.getPluginId();
            if (plugins.getPlugin(needed) != null) {
                start(needed, false);
            }
            if (!dependency.isOptional() && !isStarted(needed)) {
                log.warn("Plugin {} waits for {}, which is not running", plugin.getPluginId(), needed);
                return Optional.of(waitingFor(needed));
            }
        }
        return Optional.empty();
    }

    /** Why a plugin does not run while a plugin it needs does not. */
    static String waitingFor(String dependency) {
        return "It needs the plugin " + dependency + ", which is not running.";
    }

    /** A plugin the enabled plugin needs and that does not run, if there is one. */
    Optional<String> missingDependency(PluginWrapper plugin) {
        return plugin.getDescriptor().getDependencies().stream().filter(dependency -> !dependency.isOptional())
                .map(PluginDependency::getPluginId).filter(needed -> !isStarted(needed)).findFirst();
    }

    private Optional<String> migrateAndStart(PluginWrapper plugin, boolean undoSchemaOnFailure) {
        String pluginId = plugin.getPluginId();
        health.reset(pluginId);
        modules.assignAllDepartmentsIfUnassigned(pluginId);
        List<SchemaPolicy.Migration> migrations = new ArrayList<>();
        try {
            schema.migrate(plugin, migrations);
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {}: its schema could not be applied; it stays disabled", pluginId, e);
            health.failed(pluginId, "schema", e);
            if (undoSchemaOnFailure) {
                schema.rollBack(plugin, migrations);
            }
            plugins.disablePlugin(pluginId);
            states.disableWithError(pluginId, "Schema: " + PluginErrors.message(e));
            return Optional.of("Its database changes failed: " + PluginErrors.message(e));
        }
        try {
            // Before start(): a plugin may use its texts while it starts (e.g. in data it makes).
            extensions.registerTranslations(pluginId);
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {}: its texts could not be loaded", pluginId, e);
            return failed(plugin, "translations", "Texts: ", "Its texts could not be loaded: ", e,
                    undoSchemaOnFailure, migrations);
        }
        PluginState state = plugins.startAlone(pluginId);
        if (state != PluginState.STARTED) {
            Throwable error = plugin.getFailedException();
            return failed(plugin, "start", "Start: ", "It failed to start: ",
                    error == null ? new IllegalStateException(state.toString()) : error, undoSchemaOnFailure, migrations);
        }
        try {
            extensions.register(pluginId);
            states.recordError(pluginId, null);
            states.recordVersion(pluginId, plugin.getDescriptor().getVersion());
            log.info("Plugin {} {} started", pluginId, plugin.getDescriptor().getVersion());
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {}: its extensions could not be registered", pluginId, e);
            return failed(plugin, "extensions", "Extensions: ", "Its screens, tabs or listeners could not be registered: ",
                    e, undoSchemaOnFailure, migrations);
        }
    }

    private Optional<String> failed(PluginWrapper plugin, String what, String errorPrefix, String reasonPrefix,
                                    Throwable error, boolean undoSchema, List<SchemaPolicy.Migration> migrations) {
        String pluginId = plugin.getPluginId();
        health.failed(pluginId, what, error);
        stopAlone(pluginId);
        states.recordError(pluginId, errorPrefix + PluginErrors.message(error));
        if (undoSchema) {
            schema.rollBack(plugin, migrations);
        }
        return Optional.of(reasonPrefix + PluginErrors.message(error));
    }

    /**
     * Stops the plugin and removes every contribution of it; first the same for every running plugin that depends
     * on it (PF4J would stop those and leave their contributions registered).
     */
    void stop(String pluginId) {
        for (String dependent : dependentsOf(pluginId)) {
            if (phase(dependent) != Phase.STOPPED) {
                log.info("Plugin {} stops because {}, which it needs, stops", dependent, pluginId);
                stop(dependent);
            }
        }
        if (phase(pluginId) == Phase.STARTED) {
            phases.put(pluginId, Phase.STOPPING);
        }
        stopAlone(pluginId);
    }

    private void stopAlone(String pluginId) {
        extensions.unregister(pluginId);
        KernelPluginContext context = contexts.get(pluginId);
        if (context != null) {
            context.forgetProvided();
        }
        plugins.stopAlone(pluginId);
        phases.put(pluginId, Phase.STOPPED);
    }

    /** Forgets an unloaded plugin: its context and phase. */
    void forget(String pluginId) {
        contexts.remove(pluginId);
        phases.remove(pluginId);
    }
}
