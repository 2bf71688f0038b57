package dev.rapport.plugin.retention.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The tenths' shares of value on small sets worked out by hand. */
class ValueDistributionTest {

    @Test
    void twentyCustomersWorth1To20MakeTenthsOfTwoMostValuableFirst() {
        ValueDistribution distribution = new ValueDistribution(20);
        for (int margin = 1; margin <= 20; margin++) {
            distribution.add(margin, margin % 2 == 0 ? (double) margin : null);
        }
        double[] shares = distribution.marginShares();
        assertThat(distribution.customers()).isEqualTo(20);
        assertThat(shares[0]).as("(20 + 19) / 210").isCloseTo(39.0 / 210, within(1e-12));
        assertThat(shares[9]).as("(2 + 1) / 210").isCloseTo(3.0 / 210, within(1e-12));
        assertThat(sum(shares)).isCloseTo(1, within(1e-12));
        assertThat(distribution.lifetimeValueShares()).as("ten predicted values 2, 4, ... 20, one per tenth")
                .containsExactly(20.0 / 110, 18.0 / 110, 16.0 / 110, 14.0 / 110, 12.0 / 110, 10.0 / 110, 8.0 / 110,
                        6.0 / 110, 4.0 / 110, 2.0 / 110);
    }

    @Test
    void unevenTenthsTakeTheRanksBetweenTheirBoundaries() {
        double[] values = new double[25];
        values[0] = 100;
        for (int i = 1; i < 25; i++) {
            values[i] = 1;
        }
        double[] shares = ValueDistribution.shares(values, 25);
        assertThat(shares[0]).as("ranks 0-1: 100 + 1 of 124").isCloseTo(101.0 / 124, within(1e-12));
        assertThat(shares[1]).as("ranks 2-4: three customers of 1").isCloseTo(3.0 / 124, within(1e-12));
        assertThat(shares[2]).as("ranks 5-6").isCloseTo(2.0 / 124, within(1e-12));
    }

    @Test
    void tooFewCustomersOrNoPositiveTotalGiveNoShares() {
        assertThat(ValueDistribution.shares(new double[] {5, 4, 3, 2, 1, 1, 1, 1, 1}, 9)).isNull();
        assertThat(ValueDistribution.shares(new double[] {5, -4, -3, -2, -1, 0, 0, 0, 0, 0}, 10)).isNull();
        ValueDistribution noPrediction = new ValueDistribution(10);
        for (int i = 0; i < 10; i++) {
            noPrediction.add(10, null);
        }
        assertThat(noPrediction.lifetimeValueShares()).isNull();
        assertThat(noPrediction.marginShares()).containsOnly(0.1);
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
