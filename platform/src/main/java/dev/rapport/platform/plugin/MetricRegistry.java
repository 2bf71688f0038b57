package dev.rapport.platform.plugin;

import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** The scorecard metrics (KPIs) of the running plugins. */
public final class MetricRegistry {

    /** A metric and the plugin it belongs to; its full id is {@code <plugin-id>/<metric-id>}. */
    public record PluginMetric(String pluginId, ScorecardMetric metric) {
        public String fullId() {
            return pluginId + "/" + metric.id();
        }
    }

    /** A computed value, or why there is none. */
    public record Value(Optional<BigDecimal> value, boolean failed) {
    }

    private final List<PluginMetric> metrics = new CopyOnWriteArrayList<>();
    private final PluginHealth health;

    public MetricRegistry(PluginHealth health) {
        this.health = health;
    }

    public void add(String pluginId, ScorecardMetric metric) {
        metrics.add(new PluginMetric(pluginId, metric));
    }

    void removeOwnedBy(String pluginId) {
        metrics.removeIf(metric -> metric.pluginId().equals(pluginId));
    }

    public List<PluginMetric> metrics() {
        return List.copyOf(metrics);
    }

    /** Computes a metric; a plugin that throws gives a failed value (and a recorded failure), never an exception. */
    public Value compute(PluginMetric metric, Optional<Department> department, ReportingPeriod period) {
        try {
            return new Value(metric.metric().compute(department, period), false);
        } catch (RuntimeException | LinkageError e) {
            health.failed(metric.pluginId(), "metric " + metric.fullId(), e);
            return new Value(Optional.empty(), true);
        }
    }
}
