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
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.util.FileUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the loaded plugins in step with the files in the plugins folder: loads every plugin file at start, and
 * at every rescan (the watcher asks for one when the folder was quiet for a moment) loads new files, reloads
 * replaced ones and removes plugins whose file is gone. The system did it, so the audit log says so.
 *
 * <p>A file the {@link DropInPolicy} refuses (unsigned on a production installation) is not loaded; the refusal
 * is logged once per version of the file and shown on the Plugins page until the file is signed or removed.
 *
 * <p>One rescan runs at a time; it claims each plugin it changes (with the plugins that need it or that it needs)
 * and waits for an administrator's action under way on them, never holding more than one family at once.
 */
final class PluginFolderSync implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginFolderSync.class);
    private static final String SYNCHRONISING = "being synchronised with the plugins folder";

    private final RapportPluginManager plugins;
    private final LoadedPlugins loaded;
    private final PluginLifecycle lifecycle;
    private final PluginStateStore states;
    private final AuditLog audit;
    private final PluginLocks locks;
    private final PluginFiles files;
    private final DropInPolicy policy;
    private final Map<Path, Refusal> refused = new ConcurrentHashMap<>();
    private PluginDirectoryWatcher watcher;

    /** A plugin file the policy refused, and the state of the file and its signature when it did. */
    private record Refusal(PluginHost.RefusedFile file, String fingerprint) {
    }

    PluginFolderSync(RapportPluginManager plugins, LoadedPlugins loaded, PluginLifecycle lifecycle,
                     PluginStateStore states, AuditLog audit, PluginLocks locks, DropInPolicy policy) {
        this.locks = locks;
        this.policy = policy;
        this.files = new PluginFiles(plugins.getPluginsRoot());
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
            if (!admitted(file)) {
                continue;
            }
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
    synchronized void rescan() {
        Map<Path, String> loadedBySource = loaded.bySource();
        refused.keySet().removeIf(file -> !Files.exists(file));
        for (Path file : pluginFiles(false)) {
            String pluginId = loadedBySource.remove(file);
            if (pluginId == null) {
                if (admitted(file)) {
                    addNew(file);
                }
            } else if (modifiedSince(file, loaded.loadedAt(pluginId)) && admitted(file)) {
                reloadReplaced(file, pluginId);
            }
        }
        for (String adopted : loaded.adoptUnrecorded()) {
            try (PluginLocks.Claim claim = locks.claim(loaded.familyOf(adopted), SYNCHRONISING)) {
                lifecycle.startIfEnabled(adopted);
            }
        }
        loadedBySource.forEach((source, pluginId) -> {
            if (!Files.exists(source)) {
                try (PluginLocks.Claim claim = locks.claim(loaded.familyOf(pluginId), SYNCHRONISING)) {
                    if (isStillLoadedFrom(pluginId, source)) {
                        removeGone(pluginId, source);
                    }
                }
            }
        });
    }

    private void reloadReplaced(Path file, String pluginId) {
        try (PluginLocks.Claim claim = locks.claim(loaded.familyOf(pluginId), SYNCHRONISING)) {
            if (!isStillLoadedFrom(pluginId, file)) {
                return; // an administrator's action changed it meanwhile
            }
            log.info("Plugin file {} was replaced: reloading {}", file.getFileName(), pluginId);
            loaded.unload(pluginId);
            String reloaded = loaded.load(file);
            if (reloaded != null) {
                lifecycle.startIfEnabled(reloaded);
            }
        }
    }

    private boolean isStillLoadedFrom(String pluginId, Path file) {
        return file.equals(loaded.bySource().entrySet().stream().filter(entry -> entry.getValue().equals(pluginId))
                .map(Map.Entry::getKey).findFirst().orElse(null));
    }

    private void addNew(Path file) {
        PluginDescriptor descriptor;
        try {
            descriptor = plugins.describe(file);
        } catch (RuntimeException e) {
            log.error("Cannot read the plugin file {}: {}", file.getFileName(), e.toString());
            return;
        }
        List<String> dependencies = descriptor.getDependencies().stream().map(PluginDependency::getPluginId).toList();
        try (PluginLocks.Claim claim = locks.claim(loaded.familyOf(descriptor.getPluginId(), dependencies),
                SYNCHRONISING)) {
            if (loaded.bySource().containsKey(file)) {
                return; // an administrator installed it meanwhile
            }
            String added = loaded.load(file);
            if (added != null) {
                log.info("New plugin file {}: plugin {}", file.getFileName(), added);
                lifecycle.startIfEnabled(added);
            }
        }
    }

    /**
     * Removes a plugin whose file is gone. The plugins that need it are stopped and loaded again: they wait,
     * contributing nothing, until it comes back.
     */
    private void removeGone(String pluginId, Path source) {
        log.info("Plugin file of {} was removed: removing the plugin", pluginId);
        String version = loaded.version(pluginId);
        Path expanded = plugins.getPlugin(pluginId).getPluginPath();
        // Recorded first: whoever sees the plugin gone (readers do not wait for this) finds the record too.
        states.departed(pluginId);
        audit.record(Actor.SYSTEM, AuditAction.PLUGIN_UNINSTALLED, "plugin", pluginId, "version " + version
                + " from " + source.getFileName());
        List<Path> dependents = loaded.unloadWithDependents(pluginId);
        files.delete(expanded);
        loaded.loadAndStart(dependents);
    }

    /** The plugin files in the folder that are not loaded because the policy refused them, and why. */
    List<PluginHost.RefusedFile> refused() {
        return refused.values().stream().map(Refusal::file)
                .sorted(java.util.Comparator.comparing(PluginHost.RefusedFile::fileName)).toList();
    }

    /** Whether the policy lets the file load; a refusal is logged once per version of the file and its signature. */
    private boolean admitted(Path file) {
        Optional<String> refusal = policy.refusal(file);
        if (refusal.isEmpty()) {
            refused.remove(file);
            return true;
        }
        Refusal now = new Refusal(new PluginHost.RefusedFile(file.getFileName().toString(), refusal.get()),
                fingerprint(file));
        if (!now.equals(refused.put(file, now))) {
            log.warn("Plugin file {} is not loaded: {}", file.getFileName(), refusal.get());
        }
        return false;
    }

    /** The modification times of a plugin file and of its signature file, if any: they change when either does. */
    private static String fingerprint(Path file) {
        Path signature = file.resolveSibling(file.getFileName() + ".sig");
        return modified(file) + "/" + (Files.exists(signature) ? modified(signature) : "unsigned");
    }

    private static String modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toString();
        } catch (IOException e) {
            return "unreadable";
        }
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
