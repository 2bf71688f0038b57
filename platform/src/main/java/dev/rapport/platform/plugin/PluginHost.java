package dev.rapport.platform.plugin;

import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.platform.web.PluginViews;
import dev.rapport.sdk.extension.SchemaContribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;
import org.pf4j.update.UpdateManager;
import org.pf4j.update.UpdateRepository;
import org.pf4j.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the plugins in the plugins folder: loads them, applies their schema, starts the enabled ones and
 * registers their extensions; enables, disables and reloads them while the platform runs; notices plugin
 * files that are added, replaced or removed. Every call into a plugin is guarded: a failing plugin is
 * stopped with its error recorded, the platform keeps running. The audit log records who enabled, disabled
 * or reloaded a plugin, and when a plugin was installed, updated to another version or uninstalled (through
 * the plugins folder, hence by the system).
 */
public final class PluginHost implements PluginViews, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginHost.class);
    private static final Pattern TABLE_PREFIX = Pattern.compile("[a-z]{2,5}_");

    /** Where a plugin stands. */
    public enum State {
        /** Running, its extensions registered. */
        STARTED,
        /** Enabled but not running. */
        STOPPED,
        /** Switched off by an administrator (or after a failed schema migration). */
        DISABLED,
        /** Its start failed; see the error. */
        FAILED,
        /** It needs another SDK version; see the error. */
        INCOMPATIBLE
    }

    /** The file a loaded plugin came from (its zip, jar or folder), and when it was loaded from it. */
    private record Source(Path file, Instant loadedAt) {
    }

    /** What the Plugins page shows of a plugin. */
    public record PluginStatus(String id, String description, String version, String provider, String requires,
                               State state, boolean enabled, String error, long failureCount, String lastFailure) {
    }

    private final RapportPluginManager plugins;
    private final PluginStateStore states;
    private final SchemaMigrator schema;
    private final PluginExtensions extensions;
    private final PluginHealth health;
    private final Map<String, KernelPluginContext> contexts = new HashMap<>();
    private final Map<String, Source> sources = new HashMap<>();
    private final Set<String> registered = new TreeSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final KernelServices kernel;
    private final PluginFiles files;
    private final ModuleAccess modules;
    private final AuditLog audit;
    private PluginDirectoryWatcher watcher;

    /**
     * A host for the plugins in {@code folder}.
     *
     * @param enableNew whether a plugin seen for the first time starts enabled
     */
    public static PluginHost create(Path folder, boolean enableNew, KernelServices kernel, SchemaMigrator schema,
                                    PluginHealth health, NavigationRegistry navigation, PluginRouteRegistrar routes,
                                    CustomerTabRegistry tabs, MetricRegistry metrics, PublicEndpointRegistry endpoints,
                                    EventDispatcher events, EventTypes eventTypes, ModuleAccess modules, AuditLog audit) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the plugins folder " + folder, e);
        }
        RapportPluginManager manager = new RapportPluginManager(folder);
        PluginStateStore states = new PluginStateStore(kernel.dsl(), kernel.clock(), enableNew);
        PluginExtensions extensions = new PluginExtensions(manager, navigation, routes, tabs, metrics, endpoints, events,
                kernel.translations(), kernel.segments().facets());
        eventTypes.pluginClassLoaders(pluginId -> {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            return plugin == null || plugin.getPluginState() != PluginState.STARTED
                    ? Optional.empty() : Optional.of(plugin.getPluginClassLoader());
        });
        return new PluginHost(manager, states, schema, extensions, health, kernel, modules, audit);
    }

    private PluginHost(RapportPluginManager plugins, PluginStateStore states, SchemaMigrator schema,
                       PluginExtensions extensions, PluginHealth health, KernelServices kernel, ModuleAccess modules,
                       AuditLog audit) {
        this.modules = modules;
        this.audit = audit;
        this.plugins = plugins;
        this.states = states;
        this.schema = schema;
        this.extensions = extensions;
        this.health = health;
        this.kernel = kernel;
        this.files = new PluginFiles(plugins.getPluginsRoot());
        plugins.configure(this::contextOf, states);
    }

    private synchronized KernelPluginContext contextOf(String pluginId) {
        return contexts.computeIfAbsent(pluginId, id -> new KernelPluginContext(id, kernel));
    }

    /** Loads every plugin in the folder, starts the enabled ones, and watches the folder from then on. */
    public synchronized void start(boolean watchFolder) {
        plugins.loadPlugins();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            sources.put(plugin.getPluginId(), new Source(sourceOf(plugin), Instant.now()));
            recordArrival(plugin.getPluginId());
            startIfEnabled(plugin.getPluginId());
        }
        if (watchFolder) {
            watcher = PluginDirectoryWatcher.start(plugins.getPluginsRoot(), this::rescan);
        }
        changed();
    }

    public Path pluginsFolder() {
        return plugins.getPluginsRoot();
    }

    public synchronized List<PluginStatus> plugins() {
        List<PluginStatus> statuses = new ArrayList<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            String id = plugin.getPluginId();
            var descriptor = plugin.getDescriptor();
            Optional<PluginHealth.Failures> failures = health.of(id);
            statuses.add(new PluginStatus(id, descriptor.getPluginDescription(), descriptor.getVersion(),
                    descriptor.getProvider(), descriptor.getRequires(), state(plugin), states.isEnabled(id),
                    compatible(plugin) ? states.lastError(id).orElse(null) : incompatibility(plugin),
                    failures.map(PluginHealth.Failures::count).orElse(0L),
                    failures.map(f -> f.lastWhat() + ": " + f.lastError()).orElse(null)));
        }
        statuses.sort(java.util.Comparator.comparing(PluginStatus::id));
        return statuses;
    }

    private State state(PluginWrapper plugin) {
        String id = plugin.getPluginId();
        if (!compatible(plugin)) {
            return State.INCOMPATIBLE;
        }
        if (registered.contains(id) && plugin.getPluginState() == PluginState.STARTED) {
            return State.STARTED;
        }
        if (!states.isEnabled(id)) {
            return State.DISABLED;
        }
        return states.lastError(id).isPresent() ? State.FAILED : State.STOPPED;
    }

    /** Enables a plugin and starts it; the result tells whether it runs (administrators only; audited). */
    public synchronized PluginStatus enable(String pluginId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "enable plugins");
        requirePlugin(pluginId);
        audit.record(actor, AuditAction.PLUGIN_ENABLED, "plugin", pluginId, null);
        states.enablePlugin(pluginId);
        plugins.enablePlugin(pluginId);
        startIfEnabled(pluginId);
        changed();
        return status(pluginId);
    }

    /** Stops a plugin and keeps it off across restarts; its data stays (administrators only; audited). */
    public synchronized PluginStatus disable(String pluginId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "disable plugins");
        requirePlugin(pluginId);
        audit.record(actor, AuditAction.PLUGIN_DISABLED, "plugin", pluginId, null);
        stopQuietly(pluginId);
        plugins.disablePlugin(pluginId);
        states.disablePlugin(pluginId);
        changed();
        return status(pluginId);
    }

    /** Stops, unloads and loads a plugin again from its file (e.g. after it was replaced), then starts it if enabled. */
    public synchronized PluginStatus reload(String pluginId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "reload plugins");
        requirePlugin(pluginId);
        audit.record(actor, AuditAction.PLUGIN_RELOADED, "plugin", pluginId, null);
        Path source = sources.get(pluginId).file();
        List<Path> dependents = unloadWithDependents(pluginId);
        String reloaded = load(source);
        if (reloaded != null) {
            startIfEnabled(reloaded);
        }
        loadAndStart(dependents);
        changed();
        return reloaded == null ? null : status(reloaded);
    }

    /**
     * Installs a plugin file the marketplace has verified: copies it into the plugins folder as {@code fileName},
     * loads, enables and starts it (administrators only; audited). All or nothing: when it cannot be loaded,
     * migrated or started, its file and database changes are removed again.
     *
     * @throws PluginInstallException with the reason, when the plugin is not running afterwards
     */
    public synchronized PluginStatus install(Path verifiedFile, String fileName, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "install plugins");
        Path target = files.copyIn(verifiedFile, fileName);
        String pluginId;
        try {
            pluginId = plugins.loadPlugin(target);
        } catch (RuntimeException e) {
            files.delete(target);
            throw new PluginInstallException("The plugin cannot be loaded: " + message(e));
        }
        sources.put(pluginId, new Source(target, Instant.now()));
        boolean known = states.known(pluginId);
        states.enablePlugin(pluginId);
        plugins.enablePlugin(pluginId);
        Optional<String> failure = start(pluginId, true);
        if (failure.isPresent()) {
            remove(pluginId);
            if (!known) {
                states.forget(pluginId);
                modules.forget(pluginId);
            }
            changed();
            throw new PluginInstallException(failure.get());
        }
        audit.record(actor, AuditAction.PLUGIN_INSTALLED, "plugin", pluginId, "version " + version(pluginId));
        changed();
        return status(pluginId);
    }

    /**
     * Replaces a plugin by another version the marketplace has verified (administrators only; audited). The
     * old version's file is set aside, not deleted, until the new one runs: if the new version cannot be loaded,
     * migrated or started, its database changes are rolled back and the old version is put back and started.
     * Plugins that depend on this one are reloaded with it.
     *
     * @throws PluginInstallException with the reason, when the old version was restored
     */
    public synchronized PluginStatus update(String pluginId, Path verifiedFile, String fileName, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "update plugins");
        requirePlugin(pluginId);
        String oldVersion = version(pluginId);
        Path oldFile = sources.get(pluginId).file();
        Path target = files.copyIn(verifiedFile, fileName);
        List<Path> dependents = unloadWithDependents(pluginId);
        Path parked = files.park(oldFile);
        files.delete(oldFile);
        Optional<String> failure = loadAndStartReplacement(pluginId, target);
        if (failure.isPresent()) {
            files.delete(target);
            files.restore(parked, oldFile);
            String restored = load(oldFile);
            if (restored != null) {
                startIfEnabled(restored);
            }
            loadAndStart(dependents);
            audit.record(actor, AuditAction.PLUGIN_UPDATE_FAILED, "plugin", pluginId,
                    "kept version " + oldVersion + ": " + failure.get());
            changed();
            throw new PluginInstallException("The new version did not start, so version " + oldVersion
                    + " was put back and runs as before. " + failure.get());
        }
        files.delete(parked);
        loadAndStart(dependents);
        audit.record(actor, AuditAction.PLUGIN_UPDATED, "plugin", pluginId,
                "version " + oldVersion + " → " + version(pluginId));
        changed();
        return status(pluginId);
    }

    private Optional<String> loadAndStartReplacement(String pluginId, Path file) {
        String loaded;
        try {
            loaded = plugins.loadPlugin(file);
        } catch (RuntimeException e) {
            return Optional.of("It cannot be loaded: " + message(e));
        }
        sources.put(loaded, new Source(file, Instant.now()));
        if (!loaded.equals(pluginId)) {
            unload(loaded);
            return Optional.of("The file holds the plugin " + loaded + ", not " + pluginId + ".");
        }
        Optional<String> failure = start(pluginId, true);
        if (failure.isPresent()) {
            unload(pluginId);
        }
        return failure;
    }

    /**
     * Uninstalls a plugin (administrators only; audited). With {@code removeData}, exactly the plugin's own
     * Liquibase changesets are rolled back (its tables are dropped) and the kernel forgets its settings, module
     * departments and event positions; otherwise all of that stays for a later reinstallation.
     *
     * @throws PluginInstallException when installed plugins depend on it, or its data cannot be removed
     */
    public synchronized void uninstall(String pluginId, boolean removeData, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "uninstall plugins");
        PluginWrapper plugin = requirePlugin(pluginId);
        List<String> dependents = dependentsOf(pluginId);
        if (!dependents.isEmpty()) {
            throw new PluginInstallException(String.join(", ", dependents) + " depend on " + pluginId
                    + ": uninstall them first.");
        }
        String version = version(pluginId);
        stopQuietly(pluginId);
        if (removeData) {
            try {
                for (SchemaContribution contribution : schemaContributions(plugin)) {
                    schema.rollback(contribution.changelogPath(), plugin.getPluginClassLoader(),
                            schema.appliedCount(contribution.changelogPath()));
                }
            } catch (RuntimeException | LinkageError e) {
                log.error("Plugin {}: its tables could not be removed", pluginId, e);
                plugins.disablePlugin(pluginId);
                states.disableWithError(pluginId, "Removing its data failed: " + message(e));
                changed();
                throw new PluginInstallException("Its data could not be removed, so it stays installed and disabled: "
                        + message(e));
            }
            states.forget(pluginId);
            modules.forget(pluginId);
        }
        remove(pluginId);
        audit.record(actor, AuditAction.PLUGIN_UNINSTALLED, "plugin", pluginId,
                "version " + version + (removeData ? ", data removed" : ", data kept"));
        changed();
    }

    /** Stops and unloads a plugin and deletes its files. */
    private void remove(String pluginId) {
        Path source = sources.get(pluginId).file();
        unload(pluginId);
        health.reset(pluginId);
        files.delete(source);
    }

    /** The ids of the loaded plugins that depend on {@code pluginId} (also optionally). */
    public synchronized List<String> dependentsOf(String pluginId) {
        return plugins.getPlugins().stream()
                .filter(plugin -> plugin.getDescriptor().getDependencies().stream()
                        .anyMatch(dependency -> dependency.getPluginId().equals(pluginId)))
                .map(PluginWrapper::getPluginId).sorted().toList();
    }

    /** What the loaded plugins that depend on {@code pluginId} require of it: dependent id to version range. */
    public synchronized Map<String, String> requirementsOn(String pluginId) {
        Map<String, String> requirements = new TreeMap<>();
        for (PluginWrapper plugin : plugins.getPlugins()) {
            plugin.getDescriptor().getDependencies().stream()
                    .filter(dependency -> dependency.getPluginId().equals(pluginId))
                    .forEach(dependency -> requirements.put(plugin.getPluginId(), dependency.getPluginVersionSupport()));
        }
        return requirements;
    }

    /** How the platform compares plugin versions and checks version ranges (PF4J's SemVer rules). */
    public VersionManager versions() {
        return plugins.getVersionManager();
    }

    /** A pf4j-update catalogue of {@code repositories} that knows the installed plugins and the SDK version. */
    public synchronized UpdateManager updateManager(List<UpdateRepository> repositories) {
        return new UpdateManager(plugins, repositories);
    }

    /** The version of an installed plugin, if it is installed. */
    public synchronized Optional<String> installedVersion(String pluginId) {
        return Optional.ofNullable(plugins.getPlugin(pluginId)).map(plugin -> plugin.getDescriptor().getVersion());
    }

    private String version(String pluginId) {
        return requirePlugin(pluginId).getDescriptor().getVersion();
    }

    /**
     * Unloads a plugin and, before it, every loaded plugin that depends on it (PF4J's class loaders of the
     * dependents point at this one's); returns the dependents' files in the order to load them again.
     */
    private List<Path> unloadWithDependents(String pluginId) {
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

    private void loadAndStart(List<Path> pluginFiles) {
        for (Path file : pluginFiles) {
            String pluginId = load(file);
            if (pluginId != null) {
                startIfEnabled(pluginId);
            }
        }
    }

    private PluginStatus status(String pluginId) {
        return plugins().stream().filter(status -> status.id().equals(pluginId)).findFirst().orElseThrow();
    }

    private PluginWrapper requirePlugin(String pluginId) {
        PluginWrapper plugin = plugins.getPlugin(pluginId);
        if (plugin == null) {
            throw new IllegalArgumentException("There is no plugin " + pluginId);
        }
        return plugin;
    }

    private void startIfEnabled(String pluginId) {
        start(pluginId, false);
    }

    /**
     * Migrates and starts an enabled plugin; the reason when that failed. With {@code undoSchemaOnFailure} (an
     * installation or update), the changesets applied by this attempt are rolled back when it fails, so the
     * database is as before.
     */
    private Optional<String> start(String pluginId, boolean undoSchemaOnFailure) {
        PluginWrapper plugin = plugins.getPlugin(pluginId);
        if (!compatible(plugin)) {
            log.warn("Plugin {} refused: {}", pluginId, incompatibility(plugin));
            return Optional.of(incompatibility(plugin));
        }
        if (!states.isEnabled(pluginId) || registered.contains(pluginId)) {
            return Optional.empty();
        }
        health.reset(pluginId);
        modules.assignAllDepartmentsIfUnassigned(pluginId);
        List<Migration> migrations = new ArrayList<>();
        try {
            migrateSchema(plugin, migrations);
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {}: its schema could not be applied; it stays disabled", pluginId, e);
            health.failed(pluginId, "schema", e);
            if (undoSchemaOnFailure) {
                rollBack(plugin, migrations);
            }
            plugins.disablePlugin(pluginId);
            states.disableWithError(pluginId, "Schema: " + message(e));
            return Optional.of("Its database changes failed: " + message(e));
        }
        try {
            // Before start(): a plugin may use its texts while it starts (e.g. in data it makes).
            extensions.registerTranslations(pluginId);
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {}: its texts could not be loaded", pluginId, e);
            health.failed(pluginId, "translations", e);
            states.recordError(pluginId, "Texts: " + message(e));
            undoIf(undoSchemaOnFailure, plugin, migrations);
            return Optional.of("Its texts could not be loaded: " + message(e));
        }
        PluginState state = plugins.startPlugin(pluginId);
        if (state != PluginState.STARTED) {
            Throwable error = plugin.getFailedException();
            health.failed(pluginId, "start", error == null ? new IllegalStateException(state.toString()) : error);
            stopQuietly(pluginId);
            String reason = error == null ? state.toString() : message(error);
            states.recordError(pluginId, "Start: " + reason);
            undoIf(undoSchemaOnFailure, plugin, migrations);
            return Optional.of("It failed to start: " + reason);
        }
        try {
            extensions.register(pluginId);
            registered.add(pluginId);
            states.recordError(pluginId, null);
            states.recordVersion(pluginId, plugin.getDescriptor().getVersion());
            log.info("Plugin {} {} started", pluginId, plugin.getDescriptor().getVersion());
            return Optional.empty();
        } catch (RuntimeException | LinkageError e) {
            log.error("Plugin {}: its extensions could not be registered", pluginId, e);
            health.failed(pluginId, "extensions", e);
            stopQuietly(pluginId);
            states.recordError(pluginId, "Extensions: " + message(e));
            undoIf(undoSchemaOnFailure, plugin, migrations);
            return Optional.of("Its screens, tabs or listeners could not be registered: " + message(e));
        }
    }

    /** Changesets of one changelog that one start applied. */
    private record Migration(String changelog, int applied) {
    }

    private void undoIf(boolean undo, PluginWrapper plugin, List<Migration> migrations) {
        if (undo) {
            rollBack(plugin, migrations);
        }
    }

    private void rollBack(PluginWrapper plugin, List<Migration> migrations) {
        for (Migration migration : migrations.reversed()) {
            if (migration.applied() > 0) {
                schema.rollback(migration.changelog(), plugin.getPluginClassLoader(), migration.applied());
                log.info("Plugin {}: rolled back the {} changesets this attempt applied", plugin.getPluginId(),
                        migration.applied());
            }
        }
    }

    /**
     * Applies the plugin's changelog from its class loader. The changelog must lie at
     * {@code plugins/<id>/changelog.xml} and create only tables with the plugin's prefix; otherwise what it
     * applied is rolled back and the plugin refused.
     */
    private void migrateSchema(PluginWrapper plugin, List<Migration> migrations) {
        String pluginId = plugin.getPluginId();
        for (SchemaContribution contribution : schemaContributions(plugin)) {
            String changelog = contribution.changelogPath();
            String expected = "plugins/" + pluginId + "/changelog.xml";
            if (!expected.equals(changelog)) {
                throw new IllegalStateException("The changelog must lie at " + expected + ", not " + changelog);
            }
            String prefix = contribution.tablePrefix();
            if (prefix == null || !TABLE_PREFIX.matcher(prefix).matches()) {
                throw new IllegalStateException("The table prefix must be 2 to 5 lower-case letters and _, not " + prefix);
            }
            Set<String> before = schema.tables();
            int appliedBefore = schema.appliedCount(changelog);
            try {
                schema.update(changelog, plugin.getPluginClassLoader());
            } finally {
                migrations.add(new Migration(changelog, schema.appliedCount(changelog) - appliedBefore));
            }
            Set<String> foreign = new TreeSet<>(schema.tables());
            foreign.removeAll(before);
            foreign.removeIf(table -> table.startsWith(prefix));
            if (!foreign.isEmpty()) {
                schema.rollback(changelog, plugin.getPluginClassLoader(), schema.appliedCount(changelog) - appliedBefore);
                migrations.removeLast();
                throw new IllegalStateException("The changelog created tables without the prefix " + prefix + ": " + foreign);
            }
        }
    }

    private List<SchemaContribution> schemaContributions(PluginWrapper plugin) {
        List<SchemaContribution> contributions = new ArrayList<>();
        for (String className : plugins.getExtensionClassNames(plugin.getPluginId())) {
            try {
                Class<?> type = plugin.getPluginClassLoader().loadClass(className);
                if (SchemaContribution.class.isAssignableFrom(type)) {
                    contributions.add((SchemaContribution) plugins.getExtensionFactory().create(type));
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("The extension " + className + " is missing", e);
            }
        }
        return contributions;
    }

    private void stopQuietly(String pluginId) {
        extensions.unregister(pluginId);
        registered.remove(pluginId);
        KernelPluginContext context = contexts.get(pluginId);
        if (context != null) {
            context.forgetProvided();
        }
        PluginWrapper plugin = plugins.getPlugin(pluginId);
        if (plugin != null && plugin.getPluginState() == PluginState.STARTED) {
            plugins.stopPlugin(pluginId);
        }
    }

    private void unload(String pluginId) {
        stopQuietly(pluginId);
        plugins.unloadAlone(pluginId);
        contexts.remove(pluginId);
        sources.remove(pluginId);
    }

    private String load(Path source) {
        try {
            String pluginId = plugins.loadPlugin(source);
            if (pluginId != null) {
                sources.put(pluginId, new Source(source, Instant.now()));
                recordArrival(pluginId);
            }
            return pluginId;
        } catch (RuntimeException e) {
            log.error("Cannot load the plugin {}", source, e);
            return null;
        }
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
    private static Path sourceOf(PluginWrapper plugin) {
        Path path = plugin.getPluginPath();
        Path zip = path.resolveSibling(path.getFileName() + ".zip");
        return Files.exists(zip) ? zip : path;
    }

    /** Picks up plugin files added, replaced or removed in the folder since the last look. */
    public synchronized void rescan() {
        Path root = plugins.getPluginsRoot();
        Map<Path, String> loadedBySource = new HashMap<>();
        sources.forEach((pluginId, source) -> loadedBySource.put(source.file().toAbsolutePath().normalize(), pluginId));
        List<Path> files;
        try (Stream<Path> entries = Files.list(root)) {
            files = entries.filter(path -> FileUtils.isZipFile(path) || FileUtils.isJarFile(path))
                    .map(path -> path.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot read the plugins folder {}: {}", root, e.toString());
            return;
        }
        for (Path file : files) {
            String loaded = loadedBySource.remove(file);
            if (loaded == null) {
                String pluginId = load(file);
                if (pluginId != null) {
                    log.info("New plugin file {}: plugin {}", file.getFileName(), pluginId);
                    startIfEnabled(pluginId);
                }
            } else if (modifiedSince(file, sources.get(loaded).loadedAt())) {
                log.info("Plugin file {} was replaced: reloading {}", file.getFileName(), loaded);
                unload(loaded);
                String pluginId = load(file);
                if (pluginId != null) {
                    startIfEnabled(pluginId);
                }
            }
        }
        loadedBySource.forEach((source, pluginId) -> {
            if (!Files.exists(source)) {
                log.info("Plugin file of {} was removed: removing the plugin", pluginId);
                String version = plugins.getPlugin(pluginId).getDescriptor().getVersion();
                stopQuietly(pluginId);
                plugins.deletePlugin(pluginId);
                contexts.remove(pluginId);
                sources.remove(pluginId);
                states.departed(pluginId);
                audit.record(Actor.SYSTEM, AuditAction.PLUGIN_UNINSTALLED, "plugin", pluginId, "version " + version
                        + " from " + source.getFileName());
            }
        });
        changed();
    }

    private static boolean modifiedSince(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(since);
        } catch (IOException e) {
            return false;
        }
    }

    private boolean compatible(PluginWrapper plugin) {
        String requires = plugin.getDescriptor().getRequires();
        return requires == null || requires.isBlank() || requires.equals("*")
                || plugins.getVersionManager().checkVersionConstraint(plugins.getSystemVersion(), requires.strip());
    }

    private String incompatibility(PluginWrapper plugin) {
        return "This plugin needs the Rapport SDK " + plugin.getDescriptor().getRequires()
                + "; this platform provides SDK " + plugins.getSystemVersion() + ".";
    }

    private static String message(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == error ? text : error.getMessage() + " (" + text + ")";
    }

    /** Calls {@code listener} after every change of a plugin's state; returns the call that unsubscribes. */
    public Runnable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void changed() {
        listeners.forEach(listener -> {
            try {
                listener.run();
            } catch (RuntimeException e) {
                log.warn("A plugin state listener failed", e);
            }
        });
    }

    // PluginViews: how the web layer creates the plugins' views

    @Override
    public Optional<PluginClass> pluginClass(Class<?> type) {
        if (!(type.getClassLoader() instanceof PluginClassLoader)) {
            return Optional.empty();
        }
        PluginWrapper plugin = plugins.whichPlugin(type);
        if (plugin == null) {
            return Optional.empty();
        }
        KernelPluginContext context = contextOf(plugin.getPluginId());
        return Optional.of(new PluginClass(plugin.getPluginId(), context::resolve));
    }

    @Override
    public void failed(String pluginId, String what, Throwable error) {
        health.failed(pluginId, what, error);
    }

    @Override
    public synchronized void close() {
        if (watcher != null) {
            watcher.close();
        }
        for (String pluginId : List.copyOf(registered)) {
            stopQuietly(pluginId);
        }
        plugins.stopPlugins();
        plugins.unloadPlugins();
    }
}
