package dev.rapport.plugin.retention.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD and Gamma-Gamma against the published worked example (Fader, Hardie and Lee 2005, the CDNOW sample in
 * weeks) and against figures worked out by hand; and a fit that finds the parameters data were drawn with.
 */
class LifetimeValueModelsTest {

    private static final BgNbd CDNOW = new BgNbd(0.243, 4.414, 0.793, 2.426);

    @Test
    void bgNbdGivesThePapersExpectedPurchasesForItsExampleCustomer() {
        // "a customer who made x = 2 repeat purchases, the last at t_x = 30.43 weeks, observed for T = 38.86 weeks,
        // is expected to make 1.226 purchases in the next 39 weeks" (Fader, Hardie and Lee 2005, section 5)
        assertThat(CDNOW.expectedPurchases(2, 30.43, 38.86, 39)).isCloseTo(1.226, within(0.001));
    }

    @Test
    void probabilityAliveFollowsTheClosedFormWorkedByHand() {
        // 1 / (1 + a/(b+x-1) * ((alpha+T)/(alpha+tx))^(r+x)) with x = 2, tx = 30.43, T = 38.86:
        // a/(b+1) = 0.793/3.426 = 0.23147; (43.274/34.844)^2.243 = 1.24194^2.243 = 1.6262; 1/(1+0.37642) = 0.7265
        assertThat(CDNOW.probabilityAlive(2, 30.43, 38.86)).isCloseTo(0.7265, within(0.0005));
        assertThat(CDNOW.probabilityAlive(0, 0, 38.86)).isEqualTo(1.0);
    }

    @Test
    void aCustomerWithoutRepeatPurchasesExpectsLessThanAnActiveOne() {
        double lapsed = CDNOW.expectedPurchases(2, 5, 38.86, 39);
        double active = CDNOW.expectedPurchases(2, 38, 38.86, 39);
        assertThat(lapsed).isLessThan(active);
    }

    @Test
    void gammaGammaShrinksTheCustomersMeanTowardsThePopulationsByHand() {
        GammaGamma spend = new GammaGamma(6.25, 3.74, 15.44);
        // p * gamma / (q - 1) = 6.25 * 15.44 / 2.74 = 35.219
        assertThat(spend.populationMean()).isCloseTo(35.219, within(0.001));
        // (gamma + m x) p / (p x + q - 1) = (15.44 + 80) * 6.25 / (12.5 + 2.74) = 596.5 / 15.24 = 39.140
        assertThat(spend.expectedSpend(2, 40)).isCloseTo(39.140, within(0.001));
        assertThat(spend.expectedSpend(0, 0)).isEqualTo(spend.populationMean());
    }

    @Test
    void fittingFindsTheParametersSimulatedPurchasesWereDrawnWith() {
        Random random = new Random(7);
        BgNbd truth = new BgNbd(0.8, 30, 0.6, 3.0);
        int customers = 3000;
        double[] x = new double[customers];
        double[] tx = new double[customers];
        double[] bigT = new double[customers];
        for (int i = 0; i < customers; i++) {
            double lambda = gamma(random, truth.r()) / truth.alpha();
            double p = beta(random, truth.a(), truth.b());
            double observed = 200 + random.nextInt(200);
            double time = 0;
            int repeats = 0;
            double last = 0;
            while (true) {
                time += -Math.log(1 - random.nextDouble()) / lambda;
                if (time > observed) {
                    break;
                }
                repeats++;
                last = time;
                if (random.nextDouble() < p) {
                    break;
                }
            }
            x[i] = repeats;
            tx[i] = last;
            bigT[i] = observed;
        }
        BgNbd fitted = BgNbd.fit(x, tx, bigT, customers);
        assertThat(fitted.r()).isCloseTo(truth.r(), within(0.25));
        assertThat(fitted.r() / fitted.alpha()).as("mean purchase rate").isCloseTo(truth.r() / truth.alpha(), within(0.01));
        assertThat(fitted.a() / (fitted.a() + fitted.b())).as("mean drop-out probability")
                .isCloseTo(truth.a() / (truth.a() + truth.b()), within(0.08));
    }

    private static double gamma(Random random, double shape) {
        return new org.apache.commons.math3.distribution.GammaDistribution(
                new org.apache.commons.math3.random.JDKRandomGenerator(random.nextInt()), shape, 1).sample();
    }

    private static double beta(Random random, double a, double b) {
        double left = gamma(random, a);
        return left / (left + gamma(random, b));
    }
}
