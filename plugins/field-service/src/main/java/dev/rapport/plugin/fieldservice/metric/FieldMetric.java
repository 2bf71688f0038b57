package dev.rapport.plugin.fieldservice.metric;

import dev.rapport.sdk.extension.FigureMetric;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.ReportingPeriod;
import dev.rapport.sdk.security.Department;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.BiFunction;

/** A field KPI; its value comes from {@link FieldFigures}. Its label is {@code fieldservice.metric.<id>}. */
abstract class FieldMetric extends FigureMetric {

    FieldMetric(String id, String unit, MetricDirection direction,
                BiFunction<Optional<Department>, ReportingPeriod, Optional<BigDecimal>> figure) {
        super(id, "fieldservice.metric." + id, unit, direction, figure);
    }
}
