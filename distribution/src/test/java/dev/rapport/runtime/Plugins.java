package dev.rapport.runtime;

import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginRouteRegistrar;
import java.util.List;
import java.util.Optional;

/** What the plugin runtime shows of a plugin right now, read where the platform itself reads it. */
final class Plugins {

    private Plugins() {
    }

    static Optional<PluginHost.PluginStatus> find(TestPlatform platform, String pluginId) {
        return platform.service(PluginHost.class).plugins().stream().filter(status -> status.id().equals(pluginId))
                .findFirst();
    }

    static PluginHost.PluginStatus status(TestPlatform platform, String pluginId) {
        return find(platform, pluginId).orElseThrow(() -> new AssertionError("The plugin " + pluginId + " is not loaded"));
    }

    static boolean routeRegistered(TestPlatform platform, String path) {
        return platform.service(PluginRouteRegistrar.class).isRegistered(path);
    }

    /** The paths of the side-navigation entries the plugin contributes. */
    static List<String> menuPaths(TestPlatform platform, String pluginId) {
        return platform.service(NavigationRegistry.class).entries().stream()
                .filter(entry -> entry.owner().equals(pluginId)).map(NavigationRegistry.MenuEntry::path).toList();
    }

    /** The label keys of the customer 360° tabs the plugin contributes. */
    static List<String> tabLabelKeys(TestPlatform platform, String pluginId) {
        CustomerTabRegistry tabs = platform.service(CustomerTabRegistry.class);
        return tabs.tabs().stream().filter(tab -> tab.pluginId().equals(pluginId)).map(tabs::labelKey).toList();
    }

    /** The full ids ({@code <plugin>/<metric>}) of the scorecard metrics the plugin contributes. */
    static List<String> metricIds(TestPlatform platform, String pluginId) {
        return platform.service(MetricRegistry.class).metrics().stream()
                .filter(metric -> metric.pluginId().equals(pluginId)).map(MetricRegistry.PluginMetric::fullId).toList();
    }

    /** The audit log's entries about the plugin, oldest first, as "ACTION by who" and ": details" if any. */
    static List<String> audit(TestPlatform platform, String pluginId) {
        return platform.service(AuditLog.class).search(new AuditFilter(null, null, null, null, "plugin", pluginId),
                null, 100, Actor.SYSTEM).reversed().stream()
                .map(entry -> entry.action() + " by " + entry.actorName() + (entry.details() == null ? "" : ": " + entry.details()))
                .toList();
    }
}
