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
 * The Gamma-Gamma model of spend per purchase (Fader, Hardie and Lee, "RFM and CLV: Using Iso-Value Curves for
 * Customer Base Analysis", Journal of Marketing Research 42(4), 2005; Fader and Hardie, "The Gamma-Gamma Model of
 * Monetary Value", 2013): a customer's purchases vary around their own mean, which varies across customers. It
 * shrinks a customer's average spend {@code m} over {@code x} purchases towards the population's mean, the less so
 * the more purchases there are. Immutable.
 */
public record GammaGamma(double p, double q, double gamma) {

    private static final int MAX_EVALUATIONS = 4000;

    /** The population's mean spend per purchase; infinite (NaN) when the fit found {@code q} at or below one. */
    public double populationMean() {
        return p * gamma / (q - 1);
    }

    /** The expected spend per purchase of a customer with {@code x} purchases averaging {@code m}. */
    public double expectedSpend(double x, double m) {
        if (q <= 1) {
            return x > 0 ? m : Double.NaN;
        }
        if (x <= 0) {
            return populationMean();
        }
        return (gamma + m * x) * p / (p * x + q - 1);
    }

    /** One customer's log-likelihood of their average {@code m} over {@code x} purchases. */
    public double logLikelihood(double x, double m) {
        return Gamma.logGamma(p * x + q) - Gamma.logGamma(p * x) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (p * x - 1) * Math.log(m) + p * x * Math.log(x) - (p * x + q) * Math.log(gamma + m * x);
    }

    /** Fits the three parameters by maximum likelihood over customers with at least one purchase and positive spend. */
    public static GammaGamma fit(double[] x, double[] m, int count) {
        MultivariateFunction negative = point -> {
            GammaGamma model = new GammaGamma(Math.exp(point[0]), Math.exp(point[1]), Math.exp(point[2]));
            double sum = 0;
            for (int i = 0; i < count; i++) {
                sum += model.logLikelihood(x[i], m[i]);
            }
            return Double.isFinite(sum) ? -sum : Double.MAX_VALUE;
        };
        double mean = 0;
        for (int i = 0; i < count; i++) {
            mean += m[i] / count;
        }
        PointValuePair best = new SimplexOptimizer(1e-9, 1e-9).optimize(new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(negative), GoalType.MINIMIZE,
                new InitialGuess(new double[] {0, Math.log(2), Math.log(Math.max(mean, 1))}),
                new NelderMeadSimplex(3, 0.5));
        double[] point = best.getPoint();
        return new GammaGamma(Math.exp(point[0]), Math.exp(point[1]), Math.exp(point[2]));
    }
}
