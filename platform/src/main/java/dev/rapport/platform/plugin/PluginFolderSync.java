package dev.rapport.platform.plugin;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.Actor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pf4j.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the loaded plugins in step with the files in the plugins folder: loads every plugin file at start, and
 * at every rescan (the watcher asks for one when the folder was quiet for a moment) loads new files, reloads
 * replaced ones and removes plugins whose file is gone. The system did it, so the audit log says so.
 */
final class PluginFolderSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginFolderSync.class);

    private final RapportPluginManager plugins;
    private final LoadedPlugins loaded;
    private final PluginLifecycle lifecycle;
    private final PluginStateStore states;
    private final AuditLog audit;
    private PluginDirectoryWatcher watcher;

    PluginFolderSync(RapportPluginManager plugins, LoadedPlugins loaded, PluginLifecycle lifecycle,
                     PluginStateStore states, AuditLog audit) {
        this.plugins = plugins;
        this.loaded = loaded;
        this.lifecycle = lifecycle;
        this.states = states;
        this.audit = audit;
    }

    /** Loads every plugin file in the folder, starts the enabled plugins, and watches the folder from then on. */
    void start(boolean watchFolder, Runnable rescan) {
        List<String> pluginIds = new ArrayList<>();
        for (Path file : pluginFiles(true)) {
            String pluginId = loaded.load(file);
            if (pluginId != null) {
                pluginIds.add(pluginId);
            }
        }
        pluginIds.addAll(loaded.adoptUnrecorded());
        pluginIds.stream().sorted().forEach(lifecycle::startIfEnabled);
        if (watchFolder) {
            watcher = PluginDirectoryWatcher.start(plugins.getPluginsRoot(), rescan);
        }
    }

    /** Picks up plugin files added, replaced or removed in the folder since the last look. */
    void rescan() {
        Map<Path, String> loadedBySource = loaded.bySource();
        for (Path file : pluginFiles(false)) {
            String pluginId = loadedBySource.remove(file);
            if (pluginId == null) {
                String added = loaded.load(file);
                if (added != null) {
                    log.info("New plugin file {}: plugin {}", file.getFileName(), added);
                    lifecycle.startIfEnabled(added);
                }
            } else if (modifiedSince(file, loaded.loadedAt(pluginId))) {
                log.info("Plugin file {} was replaced: reloading {}", file.getFileName(), pluginId);
                loaded.unload(pluginId);
                String reloaded = loaded.load(file);
                if (reloaded != null) {
                    lifecycle.startIfEnabled(reloaded);
                }
            }
        }
        loaded.adoptUnrecorded().forEach(lifecycle::startIfEnabled);
        loadedBySource.forEach((source, pluginId) -> {
            if (!Files.exists(source)) {
                removeGone(pluginId, source);
            }
        });
    }

    private void removeGone(String pluginId, Path source) {
        log.info("Plugin file of {} was removed: removing the plugin", pluginId);
        String version = plugins.getPlugin(pluginId).getDescriptor().getVersion();
        lifecycle.stop(pluginId);
        plugins.deletePlugin(pluginId);
        lifecycle.forget(pluginId);
        loaded.forgetSource(pluginId);
        states.departed(pluginId);
        audit.record(Actor.SYSTEM, AuditAction.PLUGIN_UNINSTALLED, "plugin", pluginId, "version " + version
                + " from " + source.getFileName());
    }

    /**
     * The plugin files in the folder: zips and jars, and at start also plugin folders that are not the expansion
     * of a zip (PF4J expands {@code x.zip} into {@code x/}); hidden entries never.
     */
    private List<Path> pluginFiles(boolean withFolders) {
        Path root = plugins.getPluginsRoot();
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> FileUtils.isZipFile(path) || FileUtils.isJarFile(path)
                            || withFolders && Files.isDirectory(path)
                            && !Files.exists(path.resolveSibling(path.getFileName() + ".zip")))
                    .map(path -> path.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException e) {
            log.warn("Cannot read the plugins folder {}: {}", root, e.toString());
            return List.of();
        }
    }

    private static boolean modifiedSince(Path file, Instant since) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isAfter(since);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
    }
}
