package dev.rapport.plugin.retention.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Tribuo-trained churn model: it learns what drives churn, explains it, and the same seed gives the same figures. */
class ChurnTrainerTest {

    @Test
    void learnsThatLongAbsenceMeansChurnAndNamesItAsTheReason() {
        ChurnTrainer.Result result = new ChurnTrainer(42).train(features(), outcomes());
        assertThat(result.auc()).isGreaterThan(0.8);
        assertThat(result.liftByDecile()[0]).as("the riskiest tenth churns more than average").isGreaterThan(1.3);
        double[] absent = {400, 1, 0, -1, 0, 0, 0, 900};
        double[] regular = {10, 12, 0, 0, 0, 0, 0, 900};
        assertThat(result.model().probability(absent)).isGreaterThan(result.model().probability(regular));
        assertThat(result.model().reasons(absent, 3)).startsWith(ChurnFactor.RECENCY);
    }

    @Test
    void theSameSeedGivesTheSameModelAndFigures() {
        ChurnTrainer.Result first = new ChurnTrainer(42).train(features(), outcomes());
        ChurnTrainer.Result again = new ChurnTrainer(42).train(features(), outcomes());
        assertThat(again.auc()).isEqualTo(first.auc());
        assertThat(again.model().weights()).containsExactly(first.model().weights());
        assertThat(again.liftByDecile()).containsExactly(first.liftByDecile());
        assertThat(again.baselineAuc()).isEqualTo(first.baselineAuc());
    }

    @Test
    void theNaiveBaselineIsMeasuredOnTheSameHeldOutCustomers() {
        ChurnTrainer.Result result = new ChurnTrainer(42).train(features(), outcomes());
        assertThat(result.baselineAuc()).as("days since the last purchase alone tell churners apart, a bit")
                .isBetween(0.5, 1.0);
        assertThat(result.baselineLiftByDecile()).hasSize(10);
    }

    @Test
    void liftIsEachTenthsChurnRateOverTheOverallRate() {
        double[] ranking = new double[20];
        boolean[] churned = new boolean[20];
        for (int i = 0; i < 20; i++) {
            ranking[i] = i;
            churned[i] = i >= 16 || i == 0;
        }
        double[] lift = ChurnTrainer.lift(ranking, churned);
        assertThat(lift[0]).as("ranks 19 and 18 both churned: rate 1 over 5/20").isEqualTo(4.0);
        assertThat(lift[1]).as("17 and 16").isEqualTo(4.0);
        assertThat(lift[2]).as("15 and 14").isZero();
        assertThat(lift[9]).as("1 and 0: one of two").isEqualTo(2.0);
    }

    @Test
    void refusesToTrainWithoutBothOutcomes() {
        List<double[]> few = features().subList(0, 30);
        assertThatThrownBy(() -> new ChurnTrainer(1).train(few, new boolean[30]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** 600 customers: the longer since their last purchase, the likelier they churned (seeded noise). */
    private static List<double[]> features() {
        Random random = new Random(3);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            double recency = random.nextInt(400);
            rows.add(new double[] {recency, random.nextInt(12), random.nextInt(5) - 2, random.nextDouble() * 2 - 1,
                    random.nextInt(3), random.nextInt(2), 0, 100 + random.nextInt(1000)});
        }
        return rows;
    }

    private static boolean[] outcomes() {
        List<double[]> rows = features();
        Random random = new Random(5);
        boolean[] churned = new boolean[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            churned[i] = random.nextDouble() < rows.get(i)[0] / 400;
        }
        return churned;
    }
}
