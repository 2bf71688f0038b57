package dev.rapport.platform.plugin;

import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.extension.MetricCatalog;
import dev.rapport.sdk.extension.MetricReading;
import dev.rapport.sdk.extension.MetricRecord;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The metric catalogue plugins see: the kernel's metrics (every department may use them) and those of the running
 * plugins, each available to a department only while the department uses its plugin. A plugin's metric that throws
 * is unavailable and recorded as the plugin's failure.
 */
public final class PlatformMetricCatalog implements MetricCatalog {

    private final Supplier<List<ScorecardMetric>> kernelMetrics;
    private final MetricRegistry plugins;
    private final ModuleAccess modules;
    private final PluginHealth health;

    public PlatformMetricCatalog(Supplier<List<ScorecardMetric>> kernelMetrics, MetricRegistry plugins,
                                 ModuleAccess modules, PluginHealth health) {
        this.kernelMetrics = kernelMetrics;
        this.plugins = plugins;
        this.modules = modules;
        this.health = health;
    }

    /** A catalogue of the kernel's metrics only, for a kernel without plugins (tests, tools). */
    public static MetricCatalog kernelOnly(Supplier<List<ScorecardMetric>> kernelMetrics) {
        PluginHealth health = new PluginHealth();
        return new PlatformMetricCatalog(kernelMetrics, new MetricRegistry(health), null, health);
    }

    @Override
    public List<CatalogMetric> metrics() {
        List<CatalogMetric> all = new ArrayList<>();
        kernelMetrics.get().forEach(metric -> all.add(describe(KERNEL, metric)));
        plugins.metrics().stream()
                .sorted(Comparator.comparing(MetricRegistry.PluginMetric::fullId))
                .forEach(metric -> all.add(describe(metric.pluginId(), metric.metric())));
        return all;
    }

    @Override
    public Optional<CatalogMetric> metric(String metricId) {
        return find(metricId).map(found -> describe(found.source(), found.metric()));
    }

    @Override
    public MetricReading read(String metricId, Optional<Department> department, ReportingPeriod period) {
        Optional<Found> found = find(metricId).filter(metric -> usable(metric, department));
        if (found.isEmpty()) {
            return MetricReading.unavailable();
        }
        try {
            return MetricReading.of(found.get().metric().compute(department, period));
        } catch (RuntimeException | LinkageError e) {
            health.failed(found.get().source(), "metric " + metricId, e);
            return MetricReading.unavailable();
        }
    }

    @Override
    public List<MetricRecord> records(String metricId, Optional<Department> department, ReportingPeriod period,
                                      int limit) {
        Optional<Found> found = find(metricId).filter(metric -> usable(metric, department))
                .filter(metric -> metric.metric().offersRecords());
        if (found.isEmpty()) {
            return List.of();
        }
        try {
            return List.copyOf(found.get().metric().records(department, period, limit));
        } catch (RuntimeException | LinkageError e) {
            health.failed(found.get().source(), "records of metric " + metricId, e);
            return List.of();
        }
    }

    private boolean usable(Found metric, Optional<Department> department) {
        return metric.source().equals(KERNEL) || department.isEmpty()
                || modules != null && modules.departmentsOf(metric.source()).contains(department.get().id());
    }

    private Optional<Found> find(String metricId) {
        int slash = metricId.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String source = metricId.substring(0, slash);
        String id = metricId.substring(slash + 1);
        if (source.equals(KERNEL)) {
            return kernelMetrics.get().stream().filter(metric -> metric.id().equals(id)).findFirst()
                    .map(metric -> new Found(KERNEL, metric));
        }
        return plugins.metrics().stream()
                .filter(metric -> metric.pluginId().equals(source) && metric.metric().id().equals(id))
                .findFirst().map(metric -> new Found(source, metric.metric()));
    }

    private static CatalogMetric describe(String source, ScorecardMetric metric) {
        return new CatalogMetric(source + "/" + metric.id(), source, metric.labelKey(), metric.definitionKey(),
                metric.unit(), metric.direction(), metric.offersRecords());
    }

    private record Found(String source, ScorecardMetric metric) {
    }
}
