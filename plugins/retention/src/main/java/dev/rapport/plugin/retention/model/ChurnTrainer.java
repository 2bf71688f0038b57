package dev.rapport.plugin.retention.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.evaluation.LabelEvaluation;
import org.tribuo.classification.evaluation.LabelEvaluationUtil;
import org.tribuo.classification.evaluation.LabelEvaluator;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Trains the {@link ChurnModel} with Tribuo's logistic regression (stochastic gradient descent with AdaGrad, a fixed
 * seed) on customers whose outcome is known, and validates it on a part of them it did not see: the area under the
 * ROC curve (Tribuo's evaluator) and the lift of each tenth of customers ranked by risk, beside the same figures of the
 * naive baseline that ranks the same customers by days since their last purchase alone. The same data and seed give
 * the same model and figures.
 */
public final class ChurnTrainer {

    public static final Label CHURNED = new Label("churned");
    public static final Label STAYED = new Label("stayed");
    /** Enough passes for a small installation's few customers to converge, ten for large ones. */
    private static final int STEPS = 20_000;
    private static final double TRAINING_SHARE = 0.7;
    /** Tribuo logs the loss every this many steps: never, in practice. */
    private static final int QUIET = Integer.MAX_VALUE;
    private static final String[] NAMES = Arrays.stream(ChurnFactor.values()).map(ChurnFactor::code)
            .toArray(String[]::new);

    private final long seed;

    public ChurnTrainer(long seed) {
        this.seed = seed;
    }

    /**
     * The trained model and its validation on the held-out customers, with the naive baseline's (ranked by days since
     * the last purchase) on the same customers.
     */
    public record Result(ChurnModel model, double auc, double[] liftByDecile, double baselineAuc,
                         double[] baselineLiftByDecile, int trained, int tested) {
    }

    /**
     * Trains on {@code features[i]} (raw values per {@link ChurnFactor}) with {@code churned[i]} as the outcome.
     *
     * @throws IllegalArgumentException when there are fewer than 20 customers or only one outcome
     */
    public Result train(List<double[]> features, boolean[] churned) {
        int count = features.size();
        if (count < 20 || allSame(churned, count)) {
            throw new IllegalArgumentException("Not enough history to train a churn model");
        }
        double[] means = new double[NAMES.length];
        double[] deviations = new double[NAMES.length];
        moments(features, means, deviations);
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        shuffle(order, new Random(seed));
        int trainingSize = (int) (count * TRAINING_SHARE);
        ChurnModel scaler = new ChurnModel(means, deviations, new double[NAMES.length], 0);
        MutableDataset<Label> training = dataset(features, churned, scaler, Arrays.copyOfRange(order, 0, trainingSize));
        MutableDataset<Label> testing = dataset(features, churned, scaler, Arrays.copyOfRange(order, trainingSize, count));
        LinearSGDModel trained = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(0.5), Math.clamp(STEPS / trainingSize, 10, 100),
                QUIET, seed).train(training);
        ChurnModel model = coefficients(trained, means, deviations);
        LabelEvaluation evaluation = new LabelEvaluator().evaluate(trained, testing);
        double auc = evaluation.AUCROC(CHURNED);
        Integer[] tested = Arrays.copyOfRange(order, trainingSize, count);
        boolean[] outcomes = new boolean[tested.length];
        double[] risks = new double[tested.length];
        double[] recency = new double[tested.length];
        for (int i = 0; i < tested.length; i++) {
            outcomes[i] = churned[tested[i]];
            risks[i] = model.probability(features.get(tested[i]));
            recency[i] = features.get(tested[i])[ChurnFactor.RECENCY.ordinal()];
        }
        return new Result(model, auc, lift(risks, outcomes), LabelEvaluationUtil.binaryAUCROC(outcomes, recency),
                lift(recency, outcomes), trainingSize, count - trainingSize);
    }

    /** The two-class softmax's weights as one logistic regression: churned minus stayed. */
    private static ChurnModel coefficients(LinearSGDModel trained, double[] means, double[] deviations) {
        DenseMatrix matrix = trained.getWeightsCopy();
        int churnRow = trained.getOutputIDInfo().getID(CHURNED);
        int stayRow = trained.getOutputIDInfo().getID(STAYED);
        int biasColumn = matrix.getDimension2Size() - 1;
        double[] weights = new double[NAMES.length];
        for (int i = 0; i < NAMES.length; i++) {
            var feature = trained.getFeatureIDMap().get(NAMES[i]);
            if (feature != null) {
                weights[i] = matrix.get(churnRow, feature.getID()) - matrix.get(stayRow, feature.getID());
            }
        }
        double bias = matrix.get(churnRow, biasColumn) - matrix.get(stayRow, biasColumn);
        return new ChurnModel(means, deviations, weights, bias);
    }

    private static MutableDataset<Label> dataset(List<double[]> features, boolean[] churned, ChurnModel scaler,
                                                 Integer[] indexes) {
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("retention churn history",
                new LabelFactory()), new LabelFactory());
        for (int index : indexes) {
            Example<Label> example = new ArrayExample<>(churned[index] ? CHURNED : STAYED, NAMES,
                    scaler.standardise(features.get(index)));
            dataset.add(example);
        }
        return dataset;
    }

    /** Churn rate of each tenth of customers (highest {@code ranking} first) over the overall rate. */
    static double[] lift(double[] ranking, boolean[] churned) {
        int size = ranking.length;
        List<double[]> scored = new ArrayList<>(size);
        double overall = 0;
        for (int i = 0; i < size; i++) {
            scored.add(new double[] {ranking[i], churned[i] ? 1 : 0});
            overall += churned[i] ? 1 : 0;
        }
        scored.sort((left, right) -> Double.compare(right[0], left[0]));
        double rate = overall / size;
        double[] lift = new double[10];
        for (int decile = 0; decile < 10; decile++) {
            int from = size * decile / 10;
            int to = size * (decile + 1) / 10;
            double churners = 0;
            for (int i = from; i < to; i++) {
                churners += scored.get(i)[1];
            }
            lift[decile] = to > from && rate > 0 ? churners / (to - from) / rate : 0;
        }
        return lift;
    }

    private static void moments(List<double[]> features, double[] means, double[] deviations) {
        int count = features.size();
        for (double[] row : features) {
            for (int i = 0; i < means.length; i++) {
                means[i] += row[i] / count;
            }
        }
        for (double[] row : features) {
            for (int i = 0; i < means.length; i++) {
                deviations[i] += (row[i] - means[i]) * (row[i] - means[i]) / count;
            }
        }
        for (int i = 0; i < deviations.length; i++) {
            deviations[i] = deviations[i] > 1e-12 ? Math.sqrt(deviations[i]) : 1;
        }
    }

    private static boolean allSame(boolean[] values, int count) {
        for (int i = 1; i < count; i++) {
            if (values[i] != values[0]) {
                return false;
            }
        }
        return true;
    }

    private static void shuffle(Integer[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer kept = order[i];
            order[i] = order[j];
            order[j] = kept;
        }
    }
}
