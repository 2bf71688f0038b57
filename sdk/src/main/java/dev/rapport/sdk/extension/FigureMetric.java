package dev.rapport.sdk.extension;

import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A {@link ScorecardMetric} whose id, label, unit and direction are fixed and whose value comes from a function,
 * typically a method of the plugin's figures service ({@code figures::firstTimeFixRate}). A plugin's metric extends
 * it with a constructor that passes these, and stays an {@code @Extension} of its own:
 *
 * <pre>{@code
 * @Extension
 * public final class BacklogMetric extends FigureMetric {
 *     public BacklogMetric(ServiceFigures figures) {
 *         super("backlog", "service.metric.backlog", "count", MetricDirection.LOWER_IS_BETTER, figures::backlog);
 *     }
 * }
 * }</pre>
 *
 * <p>Thread safety and failure semantics are those of the function: the platform calls {@link #compute} from any
 * thread and treats an exception as a failed figure.
 *
 * @since 1.3.0
 */
public abstract class FigureMetric implements ScorecardMetric {

    private final String id;
    private final String labelKey;
    private final String unit;
    private final MetricDirection direction;
    private final BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure;

    /**
     * @param id the metric's id, unique within the plugin
     * @param labelKey the i18n key of its name in the plugin's bundle
     * @param unit as {@link ScorecardMetric#unit()}
     * @param direction whether more is better
     * @param figure the value of a department (empty: the whole company) in a period, empty when undefined
     */
    protected FigureMetric(String id, String labelKey, String unit, MetricDirection direction,
                           BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure) {
        this.id = Objects.requireNonNull(id, "id");
        this.labelKey = Objects.requireNonNull(labelKey, "labelKey");
        this.unit = Objects.requireNonNull(unit, "unit");
        this.direction = Objects.requireNonNull(direction, "direction");
        this.figure = Objects.requireNonNull(figure, "figure");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String labelKey() {
        return labelKey;
    }

    @Override
    public final String unit() {
        return unit;
    }

    @Override
    public final MetricDirection direction() {
        return direction;
    }

    @Override
    public final Optional<BigDecimal> compute(Optional<Department> department, ReportingPeriod period) {
        return figure.apply(department, period);
    }
}
