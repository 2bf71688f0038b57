package dev.rapport.platform.plugin;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the plugins folder and asks for a rescan once it has been quiet for a moment, so a plugin file
 * that is still being copied is not loaded half-written.
 */
final class PluginDirectoryWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PluginDirectoryWatcher.class);
    private static final long QUIET_MILLIS = 1500;

    private final WatchService watchService;
    private final Thread thread;

    private PluginDirectoryWatcher(WatchService watchService, Path folder, Runnable rescan) {
        this.watchService = watchService;
        this.thread = Thread.ofPlatform().daemon().name("plugin-folder-watcher").unstarted(() -> watch(rescan));
        log.info("Watching {} for plugin files", folder);
    }

    static PluginDirectoryWatcher start(Path folder, Runnable rescan) {
        try {
            WatchService watchService = FileSystems.getDefault().newWatchService();
            folder.register(watchService, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            PluginDirectoryWatcher watcher = new PluginDirectoryWatcher(watchService, folder, rescan);
            watcher.thread.start();
            return watcher;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot watch the plugins folder " + folder, e);
        }
    }

    private void watch(Runnable rescan) {
        try {
            while (true) {
                WatchKey key = watchService.take();
                key.pollEvents();
                key.reset();
                // Wait until the folder has been quiet (copies finished) before looking.
                WatchKey more;
                while ((more = watchService.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    more.pollEvents();
                    more.reset();
                }
                try {
                    rescan.run();
                } catch (RuntimeException e) {
                    log.error("Rescanning the plugins folder failed", e);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: the platform stops.
        }
    }

    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("Closing the plugin folder watcher", e);
        }
        thread.interrupt();
    }
}
