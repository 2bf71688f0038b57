package dev.rapport.plugin.scorecard.read;

import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scoring;
import dev.rapport.plugin.scorecard.model.Thresholds;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The score of each perspective and the overall score over the trend's periods (oldest first), by the rules of
 * the period read: per period each KPI scores its trend value against its target for the period length, objectives,
 * perspectives and the whole scorecard are weighted means of what has a score ({@link Scoring}). A period in which
 * no KPI under a perspective has a value (nothing was snapshotted then) has no score there: null, a gap in a chart,
 * never a zero.
 *
 * @param perspectives per perspective one score per period, null where there is none
 * @param overall the overall score per period, null where there is none
 */
public record ScoreHistory(Map<Perspective, List<Double>> perspectives, List<Double> overall) {

    public ScoreHistory {
        Map<Perspective, List<Double>> copy = new EnumMap<>(Perspective.class);
        perspectives.forEach((perspective, scores) -> copy.put(perspective, unmodifiable(scores)));
        perspectives = Collections.unmodifiableMap(copy);
        overall = unmodifiable(overall);
    }

    /** The history of {@code objectives} whose KPI trends hold {@code periods} values each. */
    public static ScoreHistory of(List<ObjectiveLine> objectives, int periods) {
        Map<Perspective, List<Double>> perspectives = new EnumMap<>(Perspective.class);
        for (Perspective perspective : Perspective.values()) {
            perspectives.put(perspective, new ArrayList<>());
        }
        List<Double> overall = new ArrayList<>();
        for (int period = 0; period < periods; period++) {
            Map<Perspective, List<Scoring.Weighted>> byPerspective = new EnumMap<>(Perspective.class);
            List<Scoring.Weighted> all = new ArrayList<>();
            for (ObjectiveLine objective : objectives) {
                Scoring.Weighted weighted = new Scoring.Weighted(objectiveScore(objective, period),
                        objective.objective().weight());
                byPerspective.computeIfAbsent(objective.objective().perspective(), key -> new ArrayList<>())
                        .add(weighted);
                all.add(weighted);
            }
            for (Perspective perspective : Perspective.values()) {
                perspectives.get(perspective).add(number(Scoring.weightedMean(
                        byPerspective.getOrDefault(perspective, List.of()))));
            }
            overall.add(number(Scoring.weightedMean(all)));
        }
        return new ScoreHistory(perspectives, overall);
    }

    private static Optional<BigDecimal> objectiveScore(ObjectiveLine objective, int period) {
        List<Scoring.Weighted> kpis = new ArrayList<>();
        for (KpiLine kpi : objective.kpis()) {
            Double value = kpi.trend().get(period);
            Optional<BigDecimal> achievement = value == null || kpi.target().isEmpty() ? Optional.empty()
                    : Thresholds.achievement(BigDecimal.valueOf(value), kpi.target().get(), kpi.direction());
            kpis.add(new Scoring.Weighted(Scoring.kpiScore(achievement), kpi.kpi().weight()));
        }
        return Scoring.weightedMean(kpis);
    }

    private static Double number(Optional<BigDecimal> score) {
        return score.map(BigDecimal::doubleValue).orElse(null);
    }

    private static List<Double> unmodifiable(List<Double> values) {
        return Collections.unmodifiableList(new ArrayList<>(values));
    }
}
