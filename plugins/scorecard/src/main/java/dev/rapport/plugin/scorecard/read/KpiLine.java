package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.Kpi;
import dev.rapport.plugin.scorecard.model.Light;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.extension.MetricDirection;
import dev.rapport.sdk.extension.MetricReading;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One KPI as the scorecard shows it for a period: its value and the previous period's, its target, how much of the
 * target it reached, its light and score, and its values over the last periods (oldest first, null where there is
 * none).
 *
 * @param metric the catalogue's entry, empty when the metric's plugin is not installed or running
 */
public record KpiLine(Kpi kpi, Optional<CatalogMetric> metric, MetricReading value, MetricReading previous,
                      Optional<BigDecimal> target, Optional<BigDecimal> achievement, Light light,
                      Optional<BigDecimal> score, List<Double> trend) {

    public KpiLine {
        trend = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(trend));
    }

    public String unit() {
        return metric.map(CatalogMetric::unit).orElse("count");
    }

    public MetricDirection direction() {
        return metric.map(CatalogMetric::direction).orElse(MetricDirection.HIGHER_IS_BETTER);
    }

    /** Whether the value improved on the previous period's; empty when either is missing or they are equal. */
    public Optional<Boolean> improved() {
        if (value.value().isEmpty() || previous.value().isEmpty()) {
            return Optional.empty();
        }
        int comparison = value.value().get().compareTo(previous.value().get());
        if (comparison == 0) {
            return Optional.empty();
        }
        return Optional.of(direction() == MetricDirection.HIGHER_IS_BETTER ? comparison > 0 : comparison < 0);
    }
}
