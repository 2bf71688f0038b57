package dev.rapport.plugin.scorecard.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.extension.MetricDirection;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Lights from the share of the target reached, in both directions; scores and their weighted means; periods. */
class ThresholdsAndScoringTest {

    private final Thresholds thresholds = new Thresholds(BigDecimal.valueOf(100), BigDecimal.valueOf(85));

    @Test
    void higherIsBetterReachesTheTargetByValueOverTarget() {
        assertThat(achievement("120", "100", MetricDirection.HIGHER_IS_BETTER)).contains(decimal("120.0"));
        assertThat(light("100", "100", MetricDirection.HIGHER_IS_BETTER)).isEqualTo(Light.GREEN);
        assertThat(light("85", "100", MetricDirection.HIGHER_IS_BETTER)).isEqualTo(Light.AMBER);
        assertThat(light("84.9", "100", MetricDirection.HIGHER_IS_BETTER)).isEqualTo(Light.RED);
        assertThat(achievement("5", "0", MetricDirection.HIGHER_IS_BETTER)).as("no usable target").isEmpty();
    }

    @Test
    void lowerIsBetterReachesTheTargetByTargetOverValue() {
        assertThat(achievement("1", "2", MetricDirection.LOWER_IS_BETTER)).contains(decimal("200.0"));
        assertThat(light("2.2", "2", MetricDirection.LOWER_IS_BETTER)).isEqualTo(Light.AMBER);
        assertThat(light("3", "2", MetricDirection.LOWER_IS_BETTER)).isEqualTo(Light.RED);
        assertThat(achievement("0", "2", MetricDirection.LOWER_IS_BETTER)).as("nothing at all beats any target")
                .contains(BigDecimal.valueOf(200));
        assertThat(thresholds.light(Optional.empty())).isEqualTo(Light.NONE);
    }

    @Test
    void amberMustNotStartAboveGreen() {
        assertThatThrownBy(() -> new Thresholds(BigDecimal.valueOf(80), BigDecimal.valueOf(90)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresAreCappedAndWeightedLeavingOutWhatHasNoScore() {
        assertThat(Scoring.kpiScore(Optional.of(decimal("130")))).contains(decimal("100"));
        assertThat(Scoring.kpiScore(Optional.of(decimal("-5")))).contains(BigDecimal.ZERO);
        // (100 × 3 + 40 × 1) / 4 = 85; the KPI without a score and the one weighing nothing are left out.
        assertThat(Scoring.weightedMean(List.of(weighted("100", 3), weighted("40", 1),
                new Scoring.Weighted(Optional.empty(), BigDecimal.TEN), weighted("0", 0)))).contains(decimal("85.0"));
        assertThat(Scoring.weightedMean(List.of(new Scoring.Weighted(Optional.empty(), BigDecimal.ONE)))).isEmpty();
    }

    @Test
    void periodsStartOnMondaysMonthsQuartersAndYears() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertThat(PeriodKind.WEEK.startOf(thursday)).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(PeriodKind.MONTH.startOf(thursday)).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(PeriodKind.QUARTER.startOf(thursday)).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(PeriodKind.YEAR.startOf(thursday)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(PeriodKind.QUARTER.plus(LocalDate.of(2026, 10, 1), -1)).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(PeriodKind.WEEK.endAfter(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    private Light light(String value, String target, MetricDirection direction) {
        return thresholds.light(achievement(value, target, direction));
    }

    private static Optional<BigDecimal> achievement(String value, String target, MetricDirection direction) {
        return Thresholds.achievement(decimal(value), decimal(target), direction);
    }

    private static Scoring.Weighted weighted(String score, int weight) {
        return new Scoring.Weighted(Optional.of(decimal(score)), BigDecimal.valueOf(weight));
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }
}
