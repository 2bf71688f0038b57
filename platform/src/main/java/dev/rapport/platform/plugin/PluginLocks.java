package dev.rapport.platform.plugin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per plugin id, so that one action at a time changes a plugin (its start, stop, reload, installation,
 * update or removal) while actions on other plugins and every reader go on. An administrator's action is refused
 * at once when a plugin it needs is busy ({@link PluginBusyException}, naming what runs); the plugins folder's
 * synchronisation waits instead. Locks are taken in id order, so two actions never wait for each other. Locks are
 * reentrant: an action may claim a plugin again that it holds already.
 */
final class PluginLocks {

    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, String> activities = new ConcurrentHashMap<>();

    /** The plugins an action holds; closing releases them. */
    final class Claim implements AutoCloseable {

        private final List<String> held;

        private Claim(List<String> held) {
            this.held = held;
        }

        @Override
        public void close() {
            for (String pluginId : held.reversed()) {
                ReentrantLock lock = lockOf(pluginId);
                if (lock.getHoldCount() == 1) {
                    activities.remove(pluginId);
                }
                lock.unlock();
            }
        }
    }

    /**
     * Claims the plugins for an administrator's action, or refuses at once.
     *
     * @param activity what the action does, as the refusal of another one words it, e.g. "starting"
     * @throws PluginBusyException when another action holds one of them
     */
    Claim tryClaim(Collection<String> pluginIds, String activity) {
        List<String> held = new ArrayList<>();
        for (String pluginId : new TreeSet<>(pluginIds)) {
            ReentrantLock lock = lockOf(pluginId);
            if (!lock.tryLock()) {
                new Claim(held).close();
                throw new PluginBusyException("The plugin " + pluginId + " is busy " + activities.getOrDefault(pluginId,
                        "with another action") + "; nothing was changed. Try again when that has finished.");
            }
            held.add(pluginId);
            activities.putIfAbsent(pluginId, activity);
        }
        return new Claim(held);
    }

    /** Claims the plugins, waiting for actions under way on them (for the plugins folder's synchronisation). */
    Claim claim(Collection<String> pluginIds, String activity) {
        List<String> held = new ArrayList<>();
        for (String pluginId : new TreeSet<>(pluginIds)) {
            lockOf(pluginId).lock();
            held.add(pluginId);
            activities.putIfAbsent(pluginId, activity);
        }
        return new Claim(held);
    }

    private ReentrantLock lockOf(String pluginId) {
        return locks.computeIfAbsent(pluginId, id -> new ReentrantLock());
    }
}
