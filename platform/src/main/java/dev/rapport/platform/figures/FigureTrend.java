package dev.rapport.platform.figures;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A figure month by month: the last twelve months (the running one last) against the same months a year earlier.
 *
 * @param labelKey the i18n key of the figure's name
 * @param unit as {@link Figure#unit()}
 * @param months the twelve months, oldest first
 * @param current the values of {@code months}; a null element is a value that is not known
 * @param previous the values of the same months a year earlier
 */
public record FigureTrend(String labelKey, String unit, List<YearMonth> months, List<BigDecimal> current,
                          List<BigDecimal> previous) {

    public FigureTrend {
        months = List.copyOf(months);
        current = Collections.unmodifiableList(new ArrayList<>(current));
        previous = Collections.unmodifiableList(new ArrayList<>(previous));
    }

    /** The sum of the known values of the last twelve months. */
    public BigDecimal currentTotal() {
        return total(current);
    }

    /** The sum of the known values of the twelve months before. */
    public BigDecimal previousTotal() {
        return total(previous);
    }

    public boolean isMoney() {
        return unit.length() == 3 && unit.chars().allMatch(Character::isUpperCase);
    }

    private static BigDecimal total(List<BigDecimal> values) {
        return values.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
