package dev.rapport.plugin.scorecard.model;

import dev.rapport.sdk.extension.MetricDirection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Turns a value and its target into how much of the target was reached and a light: green at or above
 * {@code greenPercent} of the target, amber at or above {@code amberPercent}, red below. For a metric where lower is
 * better the share is target / value (half the target's cost is 200 %); a value of zero then reaches any target.
 */
public record Thresholds(BigDecimal greenPercent, BigDecimal amberPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Thresholds {
        if (greenPercent.compareTo(amberPercent) < 0) {
            throw new IllegalArgumentException("Green must start at or above amber: " + greenPercent + " < " + amberPercent);
        }
    }

    /** The share of the target reached, in percent (1 decimal), or empty without a usable target. */
    public static Optional<BigDecimal> achievement(BigDecimal value, BigDecimal target, MetricDirection direction) {
        if (target == null || value == null) {
            return Optional.empty();
        }
        if (direction == MetricDirection.HIGHER_IS_BETTER) {
            return target.signum() <= 0 ? Optional.empty()
                    : Optional.of(value.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP));
        }
        if (target.signum() < 0) {
            return Optional.empty();
        }
        if (value.signum() <= 0) {
            return Optional.of(value.signum() == 0 && target.signum() == 0 ? HUNDRED : BigDecimal.valueOf(200));
        }
        return Optional.of(target.multiply(HUNDRED).divide(value, 1, RoundingMode.HALF_UP));
    }

    /** The light of an achievement in percent. */
    public Light light(Optional<BigDecimal> achievement) {
        if (achievement.isEmpty()) {
            return Light.NONE;
        }
        BigDecimal reached = achievement.get();
        return reached.compareTo(greenPercent) >= 0 ? Light.GREEN
                : reached.compareTo(amberPercent) >= 0 ? Light.AMBER : Light.RED;
    }
}
