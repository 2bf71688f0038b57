package dev.rapport.plugin.scorecard.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A KPI of an objective: a catalogue metric with a target per period length, the thresholds of its lights in
 * percent of the target reached, and its weight within the objective.
 *
 * @param id 0 until saved
 * @param metricId the catalogue id, e.g. {@code kernel/customers}
 */
public record Kpi(long id, String metricId, BigDecimal weight, Map<PeriodKind, BigDecimal> targets,
                  BigDecimal greenPercent, BigDecimal amberPercent) {

    public Kpi {
        targets = targets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targets));
    }

    public Optional<BigDecimal> target(PeriodKind kind) {
        return Optional.ofNullable(targets.get(kind));
    }

    public Thresholds thresholds() {
        return new Thresholds(greenPercent, amberPercent);
    }
}
