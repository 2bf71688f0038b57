package dev.rapport.platform.plugin;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.VersionManager;
import org.pf4j.update.UpdateManager;
import org.pf4j.update.UpdateRepository;

/**
 * The plugin runtime as the rest of the platform sees it: what administrators do with plugins (enable, disable,
 * reload, install, update, uninstall; permission-checked and audited) and what pages read (statuses, versions,
 * dependencies). The work is done by the parts it wires: {@link PluginLifecycle} (start and stop, one state
 * machine per plugin), {@link SchemaPolicy}, {@link PluginInstaller}, {@link PluginFolderSync} (the plugins
 * folder) and {@link PluginStatuses} (the Plugins page); {@link #views()} serves the web layer.
 *
 * <p>No lock is held while a plugin migrates or starts, except the claim on the plugins concerned
 * ({@link PluginLocks}): pages, the status list and actions on other plugins never wait for it. A second action
 * on a plugin that is busy is refused at once with a {@link PluginBusyException}.
 */
public final class PluginHost implements AutoCloseable {

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
        INCOMPATIBLE,
        /** Being started: its schema is migrated, its start runs. */
        STARTING,
        /** Being stopped, its contributions taken away. */
        STOPPING
    }

    /** A plugin file in the folder that is not loaded, and why (e.g. it is not signed by a trusted key). */
    public record RefusedFile(String fileName, String reason) {
    }

    /** What the Plugins page shows of a plugin. */
    public record PluginStatus(String id, String description, String version, String provider, String requires,
                               State state, boolean enabled, String error, long failureCount, String lastFailure) {
    }

    private final RapportPluginManager plugins;
    private final PluginStateStore states;
    private final PluginLifecycle lifecycle;
    private final LoadedPlugins loaded;
    private final PluginInstaller installer;
    private final PluginFolderSync folder;
    private final PluginStatuses statuses;
    private final PluginViews views;
    private final PluginLocks locks = new PluginLocks();
    private final AuditLog audit;

    /**
     * A host for the plugins in {@code folder}.
     *
     * @param enableNew whether a plugin seen for the first time starts enabled
     * @param dropIns which plugin files found in the folder may be loaded
     */
    public static PluginHost create(Path folder, boolean enableNew, DropInPolicy dropIns, KernelServices kernel,
                                    SchemaMigrator schema, PluginHealth health, PluginPages pages,
                                    CustomerTabRegistry tabs, CustomerContributions customer360, MetricRegistry metrics,
                                    PublicEndpointRegistry endpoints, EventDispatcher events, EventTypes eventTypes,
                                    ModuleAccess modules, AuditLog audit) {
        return create(folder, enableNew, dropIns, kernel, schema, health, pages, tabs, customer360, metrics, endpoints,
                events, eventTypes, modules, audit, new HomeCards(health));
    }

    /** A host for the plugins in {@code folder} whose home page cards go to {@code homeCards}. */
    public static PluginHost create(Path folder, boolean enableNew, DropInPolicy dropIns, KernelServices kernel,
                                    SchemaMigrator schema, PluginHealth health, PluginPages pages,
                                    CustomerTabRegistry tabs, CustomerContributions customer360, MetricRegistry metrics,
                                    PublicEndpointRegistry endpoints, EventDispatcher events, EventTypes eventTypes,
                                    ModuleAccess modules, AuditLog audit, HomeCards homeCards) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create the plugins folder " + folder, e);
        }
        RapportPluginManager manager = new RapportPluginManager(folder);
        PluginStateStore states = new PluginStateStore(kernel.dsl(), kernel.clock(), enableNew);
        PluginExtensions extensions = new PluginExtensions(manager, pages, tabs, customer360, metrics, endpoints, events,
                kernel.translations(), kernel.segments().facets(), kernel.jobs(), kernel.settingForms(),
                kernel.permissions(), homeCards, kernel.mailActions());
        eventTypes.pluginClassLoaders(pluginId -> {
            PluginWrapper plugin = manager.getPlugin(pluginId);
            return plugin == null || plugin.getPluginState() != PluginState.STARTED
                    ? Optional.empty() : Optional.of(plugin.getPluginClassLoader());
        });
        SchemaPolicy schemaPolicy = new SchemaPolicy(schema, manager);
        PluginLifecycle lifecycle = new PluginLifecycle(manager, states, schemaPolicy, extensions, health, modules, kernel);
        manager.configure(lifecycle::contextOf, states);
        return new PluginHost(manager, states, lifecycle, schemaPolicy, health, modules, audit, dropIns);
    }

    private PluginHost(RapportPluginManager plugins, PluginStateStore states, PluginLifecycle lifecycle,
                       SchemaPolicy schema, PluginHealth health, ModuleAccess modules, AuditLog audit,
                       DropInPolicy dropIns) {
        this.plugins = plugins;
        this.states = states;
        this.lifecycle = lifecycle;
        this.audit = audit;
        this.loaded = new LoadedPlugins(plugins, lifecycle, states, audit);
        this.installer = new PluginInstaller(plugins, loaded, lifecycle, schema, states, modules, health, audit);
        this.folder = new PluginFolderSync(plugins, loaded, lifecycle, states, audit, locks, dropIns);
        this.statuses = new PluginStatuses(plugins, states, health, lifecycle);
        this.views = new PluginClassOwners(plugins, lifecycle, health);
    }

    /**
     * Loads {@code plugin} from the application's class path when {@link #start} finds its folder (a plugin's own
     * tests: see {@link ClassPathPlugin}). Call before {@link #start}.
     */
    public void addClassPathPlugin(ClassPathPlugin plugin) {
        plugins.addClassPathPlugin(plugin);
    }

    /**
     * The context of a loaded plugin, as the plugin and its extensions see it (its services, its guarded
     * {@code DSLContext}, what it {@code provide}d), for tools that act like the plugin's own code; empty for a plugin
     * that is not loaded.
     */
    public Optional<PluginContext> contextOf(String pluginId) {
        return plugins.getPlugin(pluginId) == null ? Optional.empty() : Optional.of(lifecycle.contextOf(pluginId));
    }

    /**
     * A constructor argument the plugin's views and extensions may ask for (a service of its context, or what the
     * plugin provided), as the platform resolves it; empty when there is none.
     */
    public <T> Optional<T> constructorArgument(String pluginId, Class<T> type) {
        return plugins.getPlugin(pluginId) == null ? Optional.empty()
                : lifecycle.contextOf(pluginId).resolve(type).map(type::cast);
    }

    /** Runs {@code work} as the platform runs the plugin's code (its start, a listener): as {@code plugin:<id>}. */
    public <T> T callAsPlugin(String pluginId, java.util.function.Supplier<T> work) {
        return PluginActor.callAs(pluginId, work);
    }

    /** Loads every plugin in the folder, starts the enabled ones, and watches the folder from then on. */
    public void start(boolean watchFolder) {
        folder.start(watchFolder, this::rescan);
        statuses.changed();
    }

    public Path pluginsFolder() {
        return plugins.getPluginsRoot();
    }

    /** How the web layer creates the plugins' views. */
    public PluginViews views() {
        return views;
    }

    public List<PluginStatus> plugins() {
        return statuses.all();
    }

    /** The plugin files in the folder that are not loaded because the folder's trust rule refused them, and why. */
    public List<RefusedFile> refusedFiles() {
        return folder.refused();
    }

    /** Enables a plugin and starts it; the result tells whether it runs (administrators only; audited). */
    public PluginStatus enable(String pluginId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "enable plugins");
        loaded.require(pluginId);
        try (PluginLocks.Claim claim = locks.tryClaim(loaded.familyOf(pluginId), "being enabled")) {
            audit.record(actor, AuditAction.PLUGIN_ENABLED, "plugin", pluginId, null);
            states.enablePlugin(pluginId);
            plugins.enablePlugin(pluginId);
            lifecycle.startIfEnabled(pluginId);
        }
        statuses.changed();
        return statuses.of(pluginId);
    }

    /** Stops a plugin and keeps it off across restarts; its data stays (administrators only; audited). */
    public PluginStatus disable(String pluginId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "disable plugins");
        loaded.require(pluginId);
        try (PluginLocks.Claim claim = locks.tryClaim(loaded.familyOf(pluginId), "being disabled")) {
            audit.record(actor, AuditAction.PLUGIN_DISABLED, "plugin", pluginId, null);
            lifecycle.stop(pluginId);
            plugins.disablePlugin(pluginId);
            states.disablePlugin(pluginId);
        }
        statuses.changed();
        return statuses.of(pluginId);
    }

    /** Stops, unloads and loads a plugin again from its file (e.g. after it was replaced), then starts it if enabled. */
    public PluginStatus reload(String pluginId, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "reload plugins");
        loaded.require(pluginId);
        String reloaded;
        try (PluginLocks.Claim claim = locks.tryClaim(loaded.familyOf(pluginId), "being reloaded")) {
            audit.record(actor, AuditAction.PLUGIN_RELOADED, "plugin", pluginId, null);
            Path source = loaded.fileOf(pluginId);
            List<Path> dependents = loaded.unloadWithDependents(pluginId);
            reloaded = loaded.load(source);
            if (reloaded != null) {
                lifecycle.startIfEnabled(reloaded);
            }
            loaded.loadAndStart(dependents);
        }
        statuses.changed();
        return reloaded == null ? null : statuses.of(reloaded);
    }

    /**
     * Installs a plugin file the marketplace has verified: copies it into the plugins folder as {@code fileName},
     * loads, enables and starts it (administrators only; audited). All or nothing: when it cannot be loaded,
     * migrated or started, its file and database changes are removed again.
     *
     * @throws PluginInstallException with the reason, when the plugin is not running afterwards
     */
    public PluginStatus install(Path verifiedFile, String fileName, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "install plugins");
        PluginDescriptor descriptor;
        try {
            descriptor = plugins.describe(verifiedFile);
        } catch (RuntimeException e) {
            throw new PluginInstallException("The plugin cannot be loaded: " + PluginErrors.message(e));
        }
        List<String> dependencies = descriptor.getDependencies().stream().map(PluginDependency::getPluginId).toList();
        try (PluginLocks.Claim claim = locks.tryClaim(loaded.familyOf(descriptor.getPluginId(), dependencies),
                "being installed")) {
            return statuses.of(installer.install(verifiedFile, fileName, actor));
        } finally {
            statuses.changed();
        }
    }

    /**
     * Replaces a plugin by another version the marketplace has verified (administrators only; audited). The
     * old version's file is set aside, not deleted, until the new one runs: if the new version cannot be loaded,
     * migrated or started, its database changes are rolled back and the old version is put back and started.
     * Plugins that depend on this one are reloaded with it.
     *
     * @throws PluginInstallException with the reason, when the old version was restored
     */
    public PluginStatus update(String pluginId, Path verifiedFile, String fileName, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "update plugins");
        loaded.require(pluginId);
        try (PluginLocks.Claim claim = locks.tryClaim(loaded.familyOf(pluginId), "being updated")) {
            installer.update(pluginId, verifiedFile, fileName, actor);
            return statuses.of(pluginId);
        } finally {
            statuses.changed();
        }
    }

    /**
     * Uninstalls a plugin (administrators only; audited). With {@code removeData}, exactly the plugin's own
     * Liquibase changesets are rolled back (its tables are dropped) and the kernel forgets its settings, module
     * departments and event positions; otherwise all of that stays for a later reinstallation.
     *
     * @throws PluginInstallException when installed plugins depend on it, or its data cannot be removed
     */
    public void uninstall(String pluginId, boolean removeData, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "uninstall plugins");
        loaded.require(pluginId);
        try (PluginLocks.Claim claim = locks.tryClaim(loaded.familyOf(pluginId), "being uninstalled")) {
            installer.uninstall(pluginId, removeData, actor);
        } finally {
            statuses.changed();
        }
    }

    /** The ids of the loaded plugins that depend on {@code pluginId} (also optionally). */
    public List<String> dependentsOf(String pluginId) {
        return loaded.dependentsOf(pluginId);
    }

    /** What the loaded plugins that depend on {@code pluginId} require of it: dependent id to version range. */
    public Map<String, String> requirementsOn(String pluginId) {
        return loaded.requirementsOn(pluginId);
    }

    /** How the platform compares plugin versions and checks version ranges (PF4J's SemVer rules). */
    public VersionManager versions() {
        return plugins.getVersionManager();
    }

    /** A pf4j-update catalogue of {@code repositories} that knows the installed plugins and the SDK version. */
    public UpdateManager updateManager(List<UpdateRepository> repositories) {
        return new UpdateManager(plugins, repositories);
    }

    /** The version of an installed plugin, if it is installed. */
    public Optional<String> installedVersion(String pluginId) {
        return Optional.ofNullable(plugins.getPlugin(pluginId)).map(plugin -> plugin.getDescriptor().getVersion());
    }

    /**
     * Puts a verified file of a plugin that the other nodes of a cluster run into this node's plugins folder and loads
     * it, as if it had been dropped there: it starts if the database says it is enabled (the node that installed it
     * recorded that, migrated its schema and audited the installation).
     *
     * @throws PluginInstallException when a file of that name is in the folder already
     */
    public void addFromCluster(Path verifiedFile, String fileName) {
        new PluginFiles(pluginsFolder()).copyIn(verifiedFile, fileName);
        rescan();
    }

    /** Picks up plugin files added, replaced or removed in the folder since the last look. */
    public void rescan() {
        folder.rescan();
        statuses.changed();
    }

    /** Calls {@code listener} after every change of a plugin's state; returns the call that unsubscribes. */
    public Runnable subscribe(Runnable listener) {
        return statuses.subscribe(listener);
    }

    @Override
    public void close() {
        folder.close();
        for (String pluginId : lifecycle.started()) {
            try (PluginLocks.Claim claim = locks.claim(loaded.familyOf(pluginId), "being stopped")) {
                lifecycle.stop(pluginId);
            }
        }
        plugins.unloadPlugins();
    }
}
