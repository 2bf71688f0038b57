package dev.rapport.sdk.extension;

import dev.rapport.sdk.security.Department;
import java.util.List;
import java.util.Optional;

/**
 * Every KPI of the installation in one place: the kernel's own metrics and the {@link ScorecardMetric}s of the
 * running plugins, for plugins that compose them (the balanced scorecard). Given to constructors that ask for it
 * and by {@link dev.rapport.sdk.PluginContext#metricCatalog()}.
 *
 * <p><b>Lifecycle:</b> the list changes as plugins start and stop; ask again rather than keep it. <b>Threading:</b>
 * thread-safe; {@link #read} and {@link #records} run the metric's queries on the caller's thread. <b>Failure:</b>
 * never throws for a metric that is unknown, not running, not used by the department or failing: the reading says
 * {@link MetricReading.Status#UNAVAILABLE} (and a failing plugin is counted on the Plugins page).
 *
 * @since 1.3.0
 */
public interface MetricCatalog {

    /** The source of the kernel's own metrics, whose ids start with {@code kernel/}. */
    String KERNEL = "kernel";

    /**
     * The metrics offered now: the kernel's first, then the running plugins' by plugin and id.
     *
     * @return the metrics
     */
    List<CatalogMetric> metrics();

    /**
     * One metric by its full id.
     *
     * @param metricId {@code <source>/<metric-id>}, e.g. {@code kernel/customers} or {@code service/sla-compliance}
     * @return the metric, or empty when it is unknown or its plugin is not running
     */
    Optional<CatalogMetric> metric(String metricId);

    /**
     * The value of a metric for a department in a period.
     *
     * @param metricId the metric's full id
     * @param department the department, or empty for the whole company (every plugin counts as used then)
     * @param period the days
     * @return the value, undefined (e.g. a rate without cases) or unavailable (unknown metric, plugin not running
     *         or not used by the department, or it failed)
     */
    MetricReading read(String metricId, Optional<Department> department, ReportingPeriod period);

    /**
     * The records behind a metric's value, where the metric offers them ({@link CatalogMetric#offersRecords()}).
     *
     * @param metricId the metric's full id
     * @param department the department, or empty for the whole company
     * @param period the days
     * @param limit the most records to return
     * @return at most {@code limit} records; empty when the metric offers none or is unavailable
     */
    List<MetricRecord> records(String metricId, Optional<Department> department, ReportingPeriod period, int limit);
}
