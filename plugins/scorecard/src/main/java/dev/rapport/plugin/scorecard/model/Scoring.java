package dev.rapport.plugin.scorecard.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Scores from 0 to 100: a KPI scores the share of its target reached, capped at 100 (overshooting one KPI must not
 * hide another's miss); an objective the weighted mean of its KPIs that have a score; a perspective and the whole
 * scorecard the weighted mean of their objectives that have one. Weights of what has no score (no target, metric
 * unavailable) are left out rather than counted as zero.
 */
public final class Scoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** A score and the weight it carries into the level above. */
    public record Weighted(Optional<BigDecimal> score, BigDecimal weight) {
    }

    /** The score of a KPI that reached {@code achievement} percent of its target. */
    public static Optional<BigDecimal> kpiScore(Optional<BigDecimal> achievement) {
        return achievement.map(reached -> reached.max(BigDecimal.ZERO).min(HUNDRED));
    }

    /** The weighted mean of the scores present, 1 decimal; empty when none is (or their weights add up to 0). */
    public static Optional<BigDecimal> weightedMean(List<Weighted> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Weighted part : parts) {
            if (part.score().isPresent() && part.weight().signum() > 0) {
                sum = sum.add(part.score().get().multiply(part.weight()));
                weights = weights.add(part.weight());
            }
        }
        return weights.signum() == 0 ? Optional.empty() : Optional.of(sum.divide(weights, 1, RoundingMode.HALF_UP));
    }
}
