package dev.rapport.platform.plugin;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.pf4j.PluginWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs, updates and uninstalls plugin files the marketplace has verified, all or nothing: a plugin that cannot
 * be loaded, migrated or started leaves no file and no schema change behind, and a failed update puts the
 * previous version back. The caller checks permissions; this class audits what it did.
 */
final class PluginInstaller {

    private static final Logger log = LoggerFactory.getLogger(PluginInstaller.class);

    private final RapportPluginManager plugins;
    private final LoadedPlugins loaded;
    private final PluginLifecycle lifecycle;
    private final SchemaPolicy schema;
    private final PluginStateStore states;
    private final ModuleAccess modules;
    private final PluginHealth health;
    private final PluginFiles files;
    private final AuditLog audit;

    PluginInstaller(RapportPluginManager plugins, LoadedPlugins loaded, PluginLifecycle lifecycle, SchemaPolicy schema,
                    PluginStateStore states, ModuleAccess modules, PluginHealth health, AuditLog audit) {
        this.plugins = plugins;
        this.loaded = loaded;
        this.lifecycle = lifecycle;
        this.schema = schema;
        this.states = states;
        this.modules = modules;
        this.health = health;
        this.files = new PluginFiles(plugins.getPluginsRoot());
        this.audit = audit;
    }

    /**
     * Copies a verified file into the plugins folder as {@code fileName}, loads, enables and starts it; returns its
     * id.
     *
     * @throws PluginInstallException with the reason, when the plugin is not running afterwards
     */
    String install(Path verifiedFile, String fileName, Actor actor) {
        Path target = files.copyIn(verifiedFile, fileName);
        String pluginId;
        try {
            pluginId = loaded.loadInstalled(target);
        } catch (RuntimeException e) {
            files.delete(target);
            throw new PluginInstallException("The plugin cannot be loaded: " + PluginErrors.message(e));
        }
        boolean known = states.known(pluginId);
        states.enablePlugin(pluginId);
        plugins.enablePlugin(pluginId);
        Optional<String> failure = lifecycle.start(pluginId, true);
        if (failure.isPresent()) {
            remove(pluginId);
            if (!known) {
                states.forget(pluginId);
                modules.forget(pluginId);
            }
            throw new PluginInstallException(failure.get());
        }
        audit.record(actor, AuditAction.PLUGIN_INSTALLED, "plugin", pluginId, "version " + loaded.version(pluginId));
        return pluginId;
    }

    /**
     * Replaces a plugin by another verified version. The old version's file is set aside, not deleted, until the
     * new one runs: if the new version cannot be loaded, migrated or started, its database changes are rolled back
     * and the old version is put back and started. Plugins that depend on this one are reloaded with it.
     *
     * @throws PluginInstallException with the reason, when the old version was restored
     */
    void update(String pluginId, Path verifiedFile, String fileName, Actor actor) {
        String oldVersion = loaded.version(pluginId);
        Path oldFile = loaded.fileOf(pluginId);
        Path target = files.copyIn(verifiedFile, fileName);
        List<Path> dependents = loaded.unloadWithDependents(pluginId);
        Path parked = files.park(oldFile);
        files.delete(oldFile);
        Optional<String> failure = loadAndStartReplacement(pluginId, target);
        if (failure.isPresent()) {
            files.delete(target);
            files.restore(parked, oldFile);
            String restored = loaded.load(oldFile);
            if (restored != null) {
                lifecycle.startIfEnabled(restored);
            }
            loaded.loadAndStart(dependents);
            audit.record(actor, AuditAction.PLUGIN_UPDATE_FAILED, "plugin", pluginId,
                    "kept version " + oldVersion + ": " + failure.get());
            throw new PluginInstallException("The new version did not start, so version " + oldVersion
                    + " was put back and runs as before. " + failure.get());
        }
        files.delete(parked);
        loaded.loadAndStart(dependents);
        audit.record(actor, AuditAction.PLUGIN_UPDATED, "plugin", pluginId,
                "version " + oldVersion + " → " + loaded.version(pluginId));
    }

    private Optional<String> loadAndStartReplacement(String pluginId, Path file) {
        String replacement;
        try {
            replacement = loaded.loadInstalled(file);
        } catch (RuntimeException e) {
            return Optional.of("It cannot be loaded: " + PluginErrors.message(e));
        }
        if (!replacement.equals(pluginId)) {
            loaded.unload(replacement);
            return Optional.of("The file holds the plugin " + replacement + ", not " + pluginId + ".");
        }
        Optional<String> failure = lifecycle.start(pluginId, true);
        if (failure.isPresent()) {
            loaded.unload(pluginId);
        }
        return failure;
    }

    /**
     * Uninstalls a plugin. With {@code removeData}, exactly the plugin's own Liquibase changesets are rolled back
     * (its tables are dropped) and the kernel forgets its settings, module departments and event positions;
     * otherwise all of that stays for a later reinstallation.
     *
     * @throws PluginInstallException when installed plugins depend on it, or its data cannot be removed
     */
    void uninstall(String pluginId, boolean removeData, Actor actor) {
        PluginWrapper plugin = loaded.require(pluginId);
        List<String> dependents = loaded.dependentsOf(pluginId);
        if (!dependents.isEmpty()) {
            throw new PluginInstallException(String.join(", ", dependents) + " depend on " + pluginId
                    + ": uninstall them first.");
        }
        String version = loaded.version(pluginId);
        lifecycle.stop(pluginId);
        if (removeData) {
            try {
                schema.removeAll(plugin);
            } catch (RuntimeException | LinkageError e) {
                log.error("Plugin {}: its tables could not be removed", pluginId, e);
                plugins.disablePlugin(pluginId);
                states.disableWithError(pluginId, "Removing its data failed: " + PluginErrors.message(e));
                throw new PluginInstallException("Its data could not be removed, so it stays installed and disabled: "
                        + PluginErrors.message(e));
            }
            states.forget(pluginId);
            modules.forget(pluginId);
        }
        remove(pluginId);
        audit.record(actor, AuditAction.PLUGIN_UNINSTALLED, "plugin", pluginId,
                "version " + version + (removeData ? ", data removed" : ", data kept"));
    }

    /** Stops and unloads a plugin and deletes its files. */
    private void remove(String pluginId) {
        Path source = loaded.fileOf(pluginId);
        loaded.unload(pluginId);
        health.reset(pluginId);
        files.delete(source);
    }
}
