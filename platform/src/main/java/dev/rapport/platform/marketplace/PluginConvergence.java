package dev.rapport.platform.marketplace;

import static dev.rapport.platform.internal.db.Tables.PLUGIN_STATE;

import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PluginInstallException;
import dev.rapport.platform.user.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the plugins of this node of a cluster as the database records them: the node that installs, updates,
 * enables, disables or uninstalls a plugin writes {@code plugin_state} (the version in its folder and the enabled
 * flag); every node compares that with what it runs every {@code cluster.plugins.poll.ms} (default 2 s) and
 * <ul>
 *   <li>fetches a version it lacks from the marketplace's repositories ({@link Marketplace#bringToThisNode}), so
 *       an installation made on one node runs on the others within a poll plus the download and start;</li>
 *   <li>enables or disables a plugin whose flag differs, and removes a plugin the database no longer has a
 *       version of (uninstalled elsewhere), keeping its data, which the uninstalling node dealt with.</li>
 * </ul>
 * Only a newer version is fetched: a node started with an older file in its folder records that version, and the
 * others do not go back to it (start a node with an empty plugins folder, or the same files as the others).
 * A version no repository offers (a file dropped by hand into one node's folder) cannot be fetched: it is logged,
 * and tried again only after {@link #RETRY_FAILED} so the log stays readable; such a file must be copied to every
 * node's folder by hand. Runs on one thread of its own; a poll that fails is logged and the next one tries again.
 */
public final class PluginConvergence implements AutoCloseable {

    /** How long a version that could not be fetched is left alone before it is tried again. */
    static final Duration RETRY_FAILED = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(PluginConvergence.class);

    private record Recorded(String id, boolean enabled, String version) {
    }

    private final DSLContext dsl;
    private final PluginHost host;
    private final Marketplace marketplace;
    private final Clock clock;
    private final Map<String, Instant> failedAt = new HashMap<>();
    /** Plugins running here whose row had no version at the last poll. */
    private final Set<String> gone = new HashSet<>();
    private volatile ScheduledExecutorService poller;

    public PluginConvergence(DSLContext dsl, PluginHost host, Marketplace marketplace, Clock clock) {
        this.dsl = dsl;
        this.host = host;
        this.marketplace = marketplace;
        this.clock = clock;
    }

    /** Converges every {@code every} on a thread of its own until {@link #close}. */
    public synchronized void start(Duration every) {
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon()
                .name("rapport-plugin-convergence").factory());
        poller.scheduleWithFixedDelay(this::convergeQuietly, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Makes this node's plugins what the database records, once.
     *
     * @return how many plugins were changed here
     */
    public synchronized int converge() {
        Map<String, Recorded> recorded = dsl.select(PLUGIN_STATE.PLUGIN_ID, PLUGIN_STATE.ENABLED, PLUGIN_STATE.VERSION)
                .from(PLUGIN_STATE).fetch(row -> new Recorded(row.value1(), Boolean.TRUE.equals(row.value2()), row.value3()))
                .stream().collect(Collectors.toMap(Recorded::id, Function.identity()));
        Map<String, PluginHost.PluginStatus> running = host.plugins().stream()
                .collect(Collectors.toMap(PluginHost.PluginStatus::id, Function.identity()));
        int changed = 0;
        for (Recorded plugin : recorded.values()) {
            PluginHost.PluginStatus here = running.get(plugin.id());
            if (plugin.version() != null && (here == null || isNewer(plugin.version(), here.version()))) {
                changed += bring(plugin) ? 1 : 0;
            } else if (here != null && plugin.version() != null) {
                changed += switchLikeTheOthers(plugin, here) ? 1 : 0;
            }
        }
        Set<String> goneNow = new HashSet<>();
        for (PluginHost.PluginStatus here : running.values()) {
            Recorded plugin = recorded.get(here.id());
            if (plugin == null || plugin.version() == null) {
                goneNow.add(here.id());
                // Seen twice in a row: a plugin being installed here is loaded a moment before its row is written.
                if (gone.contains(here.id()) && act(here.id(), "uninstalled", () ->
                        host.uninstall(here.id(), false, Actor.SYSTEM))) {
                    changed++;
                }
            }
        }
        gone.clear();
        gone.addAll(goneNow);
        return changed;
    }

    /** Enables or disables the plugin here as the other nodes did: the database's flag against what runs here. */
    private boolean switchLikeTheOthers(Recorded plugin, PluginHost.PluginStatus here) {
        if (plugin.enabled() && here.state() == PluginHost.State.DISABLED) {
            return act(plugin.id(), "enabled", () -> host.enable(plugin.id(), Actor.SYSTEM));
        }
        if (!plugin.enabled() && here.state() == PluginHost.State.STARTED) {
            return act(plugin.id(), "disabled", () -> host.disable(plugin.id(), Actor.SYSTEM));
        }
        return false;
    }

    /** Does to a plugin here what another node did; one that cannot be changed now waits for the next poll. */
    private boolean act(String pluginId, String done, Runnable action) {
        log.info("Plugin {} was {} on another node: here too", pluginId, done);
        try {
            action.run();
            return true;
        } catch (PluginInstallException e) {
            // E.g. busy being installed here, or needed by a plugin here: the next poll tries again.
            log.info("Plugin {} cannot be {} here yet: {}", pluginId, done, e.getMessage());
            return false;
        }
    }

    private boolean isNewer(String recorded, String here) {
        return here == null || host.versions().compareVersions(recorded, here) > 0;
    }

    private boolean bring(Recorded plugin) {
        String key = plugin.id() + " " + plugin.version();
        Instant failed = failedAt.get(key);
        if (failed != null && failed.plus(RETRY_FAILED).isAfter(clock.instant())) {
            return false;
        }
        try {
            log.info("Plugin {} {} runs on another node: fetching it from the marketplace", plugin.id(),
                    plugin.version());
            marketplace.bringToThisNode(plugin.id(), plugin.version());
            failedAt.remove(key);
            return true;
        } catch (MarketplaceException e) {
            failedAt.put(key, clock.instant());
            log.warn("Plugin {} {} runs on another node but cannot be brought here: {} (copy its file into this node's"
                    + " plugins folder)", plugin.id(), plugin.version(), e.getMessage());
            return false;
        }
    }

    private void convergeQuietly() {
        try {
            converge();
        } catch (RuntimeException e) {
            log.warn("Bringing this node's plugins in line with the database failed; trying again at the next poll",
                    e);
        }
    }

    @Override
    public void close() {
        ScheduledExecutorService running = poller;
        if (running != null) {
            running.shutdownNow();
        }
    }
}
