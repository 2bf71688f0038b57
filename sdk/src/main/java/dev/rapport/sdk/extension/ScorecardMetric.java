package dev.rapport.sdk.extension;

import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * A KPI the balanced CRM scorecard shows per department and period, e.g. "lead-to-customer conversion".
 *
 * <p><b>Lifecycle:</b> listed while its plugin runs. <b>Threading:</b> {@link #compute} may be called from
 * any thread, also concurrently; it should read with bounded queries (indexed ranges), never load whole
 * tables. <b>Failure:</b> if {@link #compute} throws, the scorecard shows the metric as unavailable with
 * the plugin's name; the error is counted on the Plugins page.
 *
 * @since 1.0.0
 */
public interface ScorecardMetric extends ExtensionPoint {

    /**
     * The metric's id, unique within its plugin, e.g. {@code conversion-rate}.
     *
     * @return the id
     */
    String id();

    /**
     * The i18n key of the metric's name.
     *
     * @return the key, from the plugin's bundle
     */
    String labelKey();

    /**
     * The unit of the value: {@code %} (the value in percent: 12.5 is 12.5 %), {@code count}, {@code days} or an
     * ISO 4217 currency code.
     *
     * @return the unit
     */
    String unit();

    /**
     * Whether a higher value is better.
     *
     * @return the direction
     */
    MetricDirection direction();

    /**
     * The value for one department in one period.
     *
     * @param department the department, or empty for the whole company
     * @param period the days
     * @return the value, or empty when it is undefined (e.g. a rate without any case)
     */
    Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period);

    /**
     * The i18n key of what the metric measures and how (shown in the scorecard's catalogue).
     *
     * @return the key, from the plugin's bundle; empty (the default) when there is none
     * @since 1.3.0
     */
    default Optional<String> definitionKey() {
        return Optional.empty();
    }

    /**
     * Whether {@link #records} lists the records behind a value (the scorecard's drill-down).
     *
     * @return {@code false} by default
     * @since 1.3.0
     */
    default boolean offersRecords() {
        return false;
    }

    /**
     * The records behind the value for one department in one period, at most {@code limit}; called from any
     * thread, with the same failure semantics as {@link #compute}.
     *
     * @param department the department, or empty for the whole company
     * @param period the days
     * @param limit the most records to return
     * @return the records, empty by default
     * @since 1.3.0
     */
    default List<MetricRecord> records(Optional<Department> department, ReportingPeriod period, int limit) {
        return List.of();
    }
}
