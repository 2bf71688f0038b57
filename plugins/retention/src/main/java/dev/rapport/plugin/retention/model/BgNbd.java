package dev.rapport.plugin.retention.model;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of repeat purchases (Fader, Hardie and Lee, "Counting Your Customers the Easy Way: An
 * Alternative to the Pareto/NBD Model", Marketing Science 24(2), 2005): while alive a customer buys at a Poisson
 * rate (gamma-distributed across customers with shape {@code r} and scale {@code alpha}); after every purchase they
 * drop out with a probability (beta-distributed with {@code a}, {@code b}). A customer's history is summarised as
 * {@code x} repeat purchases, the time {@code tx} of the last one and the time {@code T} since the first, all counted
 * from the first purchase in the same unit (days here). Immutable.
 */
public record BgNbd(double r, double alpha, double a, double b) {

    private static final int MAX_EVALUATIONS = 4000;

    /** One customer's log-likelihood (equation 6 of the paper). */
    public double logLikelihood(double x, double tx, double bigT) {
        double a1 = Gamma.logGamma(r + x) - Gamma.logGamma(r) + r * Math.log(alpha);
        double a2 = Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + bigT);
        if (x <= 0) {
            return a1 + a2 + a3;
        }
        double a4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx);
        double top = Math.max(a3, a4);
        return a1 + a2 + top + Math.log(Math.exp(a3 - top) + Math.exp(a4 - top));
    }

    /** The probability that the customer is still alive (equation 12 of the paper's appendix). */
    public double probabilityAlive(double x, double tx, double bigT) {
        if (x <= 0) {
            return 1;
        }
        return 1 / (1 + a / (b + x - 1) * Math.pow((alpha + bigT) / (alpha + tx), r + x));
    }

    /** The expected number of purchases in the next {@code t} (equation 10 of the paper). */
    public double expectedPurchases(double x, double tx, double bigT, double t) {
        double z = t / (alpha + bigT + t);
        double hyper = Hypergeometric.f21(r + x, b + x, a + b + x - 1, z);
        double numerator = (a + b + x - 1) / (a - 1) * (1 - Math.pow((alpha + bigT) / (alpha + bigT + t), r + x) * hyper);
        double denominator = x > 0 ? 1 + a / (b + x - 1) * Math.pow((alpha + bigT) / (alpha + tx), r + x) : 1;
        return numerator / denominator;
    }

    /**
     * Fits the four parameters by maximum likelihood (Nelder-Mead over their logarithms, so they stay positive).
     *
     * @param x repeat purchases per customer
     * @param tx time of the last purchase per customer
     * @param bigT time since the first purchase per customer
     * @param count how many entries of the arrays to use
     */
    public static BgNbd fit(double[] x, double[] tx, double[] bigT, int count) {
        MultivariateFunction negative = point -> {
            BgNbd model = new BgNbd(Math.exp(point[0]), Math.exp(point[1]), Math.exp(point[2]), Math.exp(point[3]));
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += model.logLikelihood(x[i], tx[i], bigT[i]);
            }
            return Double.isFinite(sum) ? -sum : Double.MAX_VALUE;
        };
        double meanT = 0;
        for (int i = 0; i < count; i++) {
            meanT += bigT[i] / count;
        }
        PointValuePair best = new SimplexOptimizer(1e-9, 1e-9).optimize(new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(negative), GoalType.MINIMIZE,
                new InitialGuess(new double[] {0, Math.log(Math.max(meanT, 1) / 4), 0, 0}),
                new NelderMeadSimplex(4, 0.5));
        double[] p = best.getPoint();
        return new BgNbd(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
    }
}
