package dev.rapport.plugin.service.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

/** A service KPI; its value comes from {@link ServiceFigures}. Its label is {@code service.metric.<id>}. */
abstract class ServiceMetric extends FigureMetric {

    ServiceMetric(String id, String unit, MetricDirection direction,
                  BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure) {
        super(id, "service.metric." + id, unit, direction, figure);
    }
}
