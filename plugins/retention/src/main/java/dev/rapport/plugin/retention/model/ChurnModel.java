package dev.rapport.plugin.retention.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.IntStream;

/**
 * A trained churn model as logistic regression over standardised {@link ChurnFactor} values: the probability that a
 * customer buys nothing in the next half year, and the factors pushing it up most. Trained by {@link ChurnTrainer}
 * (Tribuo); kept as its coefficients so one customer can be scored without the training data. Immutable.
 *
 * @param means the factors' means in the training data
 * @param deviations their standard deviations (1 where a factor did not vary)
 * @param weights the log-odds of churning per standard deviation of each factor
 * @param bias the log-odds at the mean customer
 */
public record ChurnModel(double[] means, double[] deviations, double[] weights, double bias) {

    /** Contributions below this many log-odds are no reason worth naming. */
    private static final double NOTABLE = 0.1;

    /** Standardised values beyond this many deviations are cut there: a customer unlike any seen is not extrapolated. */
    private static final double LIMIT = 3;

    /** The standardised values of raw factor values. */
    public double[] standardise(double[] raw) {
        double[] z = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            z[i] = Math.clamp((raw[i] - means[i]) / deviations[i], -LIMIT, LIMIT);
        }
        return z;
    }

    /** The probability of churning, 0 to 1, of raw factor values. */
    public double probability(double[] raw) {
        double[] z = standardise(raw);
        double logit = bias;
        for (int i = 0; i < z.length; i++) {
            logit += weights[i] * z[i];
        }
        return 1 / (1 + Math.exp(-logit));
    }

    /** Up to {@code limit} factors that raise this customer's risk most above the mean customer's, strongest first. */
    public List<ChurnFactor> reasons(double[] raw, int limit) {
        double[] z = standardise(raw);
        ChurnFactor[] factors = ChurnFactor.values();
        List<ChurnFactor> reasons = new ArrayList<>();
        IntStream.range(0, z.length).boxed()
                .filter(i -> weights[i] * z[i] > NOTABLE)
                .sorted(Comparator.comparingDouble(i -> -weights[i] * z[i]))
                .limit(limit)
                .forEach(i -> reasons.add(factors[i]));
        return reasons;
    }

    /** Writes the coefficients into {@code target} under {@code churn.*}. */
    public void store(Properties target) {
        target.setProperty("churn.means", join(means));
        target.setProperty("churn.deviations", join(deviations));
        target.setProperty("churn.weights", join(weights));
        target.setProperty("churn.bias", Double.toString(bias));
    }

    /** The model {@link #store} wrote. */
    public static ChurnModel load(Properties source) {
        return new ChurnModel(split(source.getProperty("churn.means")), split(source.getProperty("churn.deviations")),
                split(source.getProperty("churn.weights")), Double.parseDouble(source.getProperty("churn.bias")));
    }

    static String join(double[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Double::toString).toList());
    }

    static double[] split(String text) {
        return Arrays.stream(text.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
