package dev.rapport.platform.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NiceScaleTest {

    @Test
    void coversTheDataAndZeroInRoundSteps() {
        NiceScale scale = NiceScale.of(12, 237, 5);

        assertThat(scale.ticks()).containsExactly(0.0, 50.0, 100.0, 150.0, 200.0, 250.0);
        assertThat(scale.fractionDigits()).isZero();
    }

    @Test
    void reachesBelowZeroForNegativeValues() {
        NiceScale scale = NiceScale.of(-130, 420, 5);

        assertThat(scale.min()).isEqualTo(-200);
        assertThat(scale.max()).isEqualTo(600);
        assertThat(scale.ticks()).contains(0.0).first().isEqualTo(-200.0);
    }

    @Test
    void smallValuesGetDecimalStepsWithoutFloatingPointDust() {
        NiceScale scale = NiceScale.of(0, 0.9, 5);

        assertThat(scale.step()).isEqualTo(0.2);
        assertThat(scale.ticks()).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
        assertThat(scale.fractionDigits()).isEqualTo(1);
    }

    @Test
    void allZeroGivesOneStep() {
        assertThat(NiceScale.of(0, 0, 5).ticks()).containsExactly(0.0, 1.0);
    }
}
