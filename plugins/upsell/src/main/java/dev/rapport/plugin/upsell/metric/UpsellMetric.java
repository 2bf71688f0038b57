package dev.rapport.plugin.upsell.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

/** An up-sell KPI; its value comes from {@link UpsellFigures}. Its label is {@code upsell.metric.<id>}. */
abstract class UpsellMetric extends FigureMetric {

    UpsellMetric(String id, String unit, MetricDirection direction,
                 BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure) {
        super(id, "upsell.metric." + id, unit, direction, figure);
    }
}
