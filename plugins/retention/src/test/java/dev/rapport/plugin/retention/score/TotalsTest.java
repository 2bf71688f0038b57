package dev.rapport.plugin.retention.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.rapport.plugin.retention.model.ChurnFactor;
import org.junit.jupiter.api.Test;

/** Revenue, margin, recency and the churn factors of one customer's transactions, worked out by hand. */
class TotalsTest {

    private static final int TODAY = 20_000;

    @Test
    void revenueMarginAndRecencyOfAHandfulOfTransactions() {
        Totals totals = new Totals(1, TODAY);
        totals.add(0, TODAY - 400, 1, 100, 0.6, false); // bought for 100 costing 60: margin 40, prior to the last year
        totals.add(0, TODAY - 200, 1, 50, 0.2, false);  // margin 40, in the prior half year
        totals.add(0, TODAY - 30, 1, 80, 0.5, false);   // margin 40, in the recent half year
        totals.add(0, TODAY - 20, -1, 30, 0, false);    // refund: revenue and margin minus 30
        totals.add(0, TODAY - 10, 0, 500, 0, false);    // a deposit is no revenue
        totals.add(0, TODAY - 5, 0, 0, 0, true);        // a subscription ended
        totals.add(0, TODAY, 1, 999, 0, false);         // on the cut-off day: not counted
        assertThat(totals.purchases(0)).isEqualTo(3);
        assertThat(totals.revenue(0)).isCloseTo(100 + 50 + 80 - 30, within(1e-9));
        assertThat(totals.margin(0)).isCloseTo(40 + 40 + 40 - 30, within(1e-9));
        assertThat(totals.marginYear(0)).isCloseTo(40 + 40 - 30, within(1e-9));
        assertThat(totals.recencyDays(0)).isEqualTo(30);
        assertThat(totals.repeatPurchases(0)).isEqualTo(2);
        assertThat(totals.lastPurchaseAge(0)).isEqualTo(370);
        assertThat(totals.observedDays(0)).isEqualTo(400);
        assertThat(totals.meanSpend(0)).isCloseTo(200.0 / 3, within(1e-9));
        double[] factors = totals.churnFactors(0, 2, 1);
        assertThat(factors[ChurnFactor.RECENCY.ordinal()]).isEqualTo(30);
        assertThat(factors[ChurnFactor.FREQUENCY.ordinal()]).isEqualTo(2);
        assertThat(factors[ChurnFactor.FREQUENCY_TREND.ordinal()]).as("one recent minus one prior").isEqualTo(0);
        // recent 80 - 30 = 50, prior 50: (50 - 50) / (50 + 50 + 1)
        assertThat(factors[ChurnFactor.SPEND_TREND.ordinal()]).isEqualTo(0);
        assertThat(factors[ChurnFactor.REQUESTS.ordinal()]).isEqualTo(2);
        assertThat(factors[ChurnFactor.OPEN_REQUESTS.ordinal()]).isEqualTo(1);
        assertThat(factors[ChurnFactor.CONTRACT_ENDS.ordinal()]).isEqualTo(1);
        assertThat(factors[ChurnFactor.TENURE.ordinal()]).isEqualTo(400);
    }

    @Test
    void anUnconvertibleAmountIsCountedApartNeverAsZero() {
        Totals totals = new Totals(1, TODAY);
        totals.add(0, TODAY - 3, 1, Double.NaN, 0, false);
        assertThat(totals.hasHistory(0)).isFalse();
        assertThat(totals.unconverted(0)).isEqualTo(1);
    }

    @Test
    void aCustomerWithoutPurchasesHasNotEnoughHistory() {
        Totals totals = new Totals(1, TODAY);
        assertThat(Scorer.score(totals, 0, null, 0, 0)).isEqualTo(Score.NO_HISTORY);
    }
}
