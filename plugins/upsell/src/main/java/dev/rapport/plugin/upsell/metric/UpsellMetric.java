package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.extension.ScorecardMetric;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

/** An up-sell KPI: a fixed id, label, unit and direction; its value comes from {@link UpsellFigures}. */
abstract class UpsellMetric implements ScorecardMetric {

    private final String id;
    private final String unit;
    private final MetricDirection direction;
    private final BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure;

    UpsellMetric(String id, String unit, MetricDirection direction,
                 BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure) {
        this.id = id;
        this.unit = unit;
        this.direction = direction;
        this.figure = figure;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String labelKey() {
        return "upsell.metric." + id;
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
