package dev.rapport.platform.figures;

import dev.rapport.sdk.extension.MetricDirection;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One figure of a department (or the whole company) in a period, next to its value in the period before.
 *
 * @param source {@code kernel} or the id of the plugin whose metric it is
 * @param labelKey the i18n key of the figure's name (the kernel's or the plugin's bundle)
 * @param unit {@code count}, {@code %}, {@code days} or an ISO 4217 currency code
 * @param direction whether a higher value is better
 * @param value the value in the period; empty when it is undefined (e.g. a rate without any case)
 * @param previous the value in the period of the same length just before
 * @param failed whether the plugin failed to compute it (the value is then empty)
 */
public record Figure(String source, String labelKey, String unit, MetricDirection direction,
                     Optional<BigDecimal> value, Optional<BigDecimal> previous, boolean failed) {

    /** How the value moved against the previous period, judged by the figure's direction. */
    public enum Trend { BETTER, WORSE, UNCHANGED, UNKNOWN }

    public static final String KERNEL = "kernel";

    /** The value minus the previous one, when both are known. */
    public Optional<BigDecimal> change() {
        return value.flatMap(now -> previous.map(now::subtract));
    }

    public Trend trend() {
        return change().map(change -> {
            int sign = change.signum() * (direction == MetricDirection.HIGHER_IS_BETTER ? 1 : -1);
            return sign > 0 ? Trend.BETTER : sign < 0 ? Trend.WORSE : Trend.UNCHANGED;
        }).orElse(Trend.UNKNOWN);
    }

    public boolean isMoney() {
        return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }
}
