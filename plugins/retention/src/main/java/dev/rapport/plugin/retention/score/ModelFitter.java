package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.model.BgNbd;
import dev.rapport.plugin.retention.model.ChurnModel;
import dev.rapport.plugin.retention.model.ChurnTrainer;
import dev.rapport.plugin.retention.model.GammaGamma;
import dev.rapport.plugin.retention.model.Quintiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * Fits every model of a scoring run from the customers' totals: RFM quintiles now; BG/NBD and Gamma-Gamma on the
 * history before the hold-out half year, validated on it against the naive baseline (each customer's previous half
 * year again), then refitted on all history for the predictions; the churn model on who bought nothing in the
 * hold-out half year. Samples of at most {@value #SAMPLE} customers (drawn with the seed) keep the fits fast and
 * small at a million customers; the same data and seed give the same models and figures.
 */
public final class ModelFitter {

    /** The most customers a fit uses. */
    public static final int SAMPLE = 20_000;
    private static final int MINIMUM = 30;

    private final long seed;

    public ModelFitter(long seed) {
        this.seed = seed;
    }

    /** What the run knows: the totals before the hold-out and now, and the hold-out's outcome per row. */
    public record Inputs(long[] customerIds, int size, Totals calibration, Totals now, double[] holdoutRevenue,
                         int[] holdoutPurchases, Map<Long, Integer> requestsAtCut, Map<Long, Integer> openAtCut,
                         String currency) {
    }

    public Models fit(Inputs in) {
        Totals now = in.now();
        Totals cal = in.calibration();
        int[] rows = rowsWith(in.size(), now::hasHistory);
        Quintiles[] rfm = quintiles(now, in.size());
        Quintiles recency = rfm[0];
        Quintiles frequency = rfm[1];
        Quintiles monetary = rfm[2];
        int[] calRows = rowsWith(in.size(), cal::hasHistory);
        Models base = new Models(in.currency(), now.cutOffDay(), recency, frequency, monetary, null, null, null, 0,
                Double.NaN, Double.NaN, 0, Double.NaN, new double[0], Double.NaN, new double[0], seed);
        if (calRows.length < MINIMUM) {
            return base;
        }
        Models calibrated = withValueModels(base, cal, sample(calRows));
        double[] errors = validate(calibrated, in, calRows);
        Models fitted = withValueModels(base, now, sample(rows));
        ChurnTrainer.Result churn = trainChurn(in, calRows);
        double threshold = valueThreshold(fitted, now, sample(rows));
        return new Models(in.currency(), now.cutOffDay(), recency, frequency, monetary, fitted.purchases(), fitted.spend(),
                churn == null ? null : churn.model(), threshold, errors[0], errors[1], calRows.length,
                churn == null ? Double.NaN : churn.auc(), churn == null ? new double[0] : churn.liftByDecile(),
                churn == null ? Double.NaN : churn.baselineAuc(), churn == null ? new double[0] : churn.baselineLiftByDecile(),
                seed);
    }

    /** The recency, frequency and monetary quintiles of the customers with history in {@code totals}. */
    public static Quintiles[] quintiles(Totals totals, int size) {
        int[] rows = rowsWith(size, totals::hasHistory);
        double[] r = new double[rows.length];
        double[] f = new double[rows.length];
        double[] m = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            r[i] = -totals.recencyDays(rows[i]);
            f[i] = totals.purchases(rows[i]);
            m[i] = totals.revenue(rows[i]);
        }
        return new Quintiles[] {Quintiles.of(r, rows.length), Quintiles.of(f, rows.length), Quintiles.of(m, rows.length)};
    }

    private static Models withValueModels(Models base, Totals totals, int[] rows) {
        double[] x = new double[rows.length];
        double[] tx = new double[rows.length];
        double[] bigT = new double[rows.length];
        double[] count = new double[rows.length];
        double[] spend = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            x[i] = totals.repeatPurchases(rows[i]);
            tx[i] = totals.lastPurchaseAge(rows[i]);
            bigT[i] = Math.max(1, totals.observedDays(rows[i]));
            count[i] = totals.purchases(rows[i]);
            spend[i] = totals.meanSpend(rows[i]);
        }
        return new Models(base.currency(), base.cutOffDay(), base.recency(), base.frequency(), base.monetary(),
                BgNbd.fit(x, tx, bigT, rows.length), GammaGamma.fit(count, spend, rows.length), null, 0, Double.NaN,
                Double.NaN, 0, Double.NaN, new double[0], Double.NaN, new double[0], base.seed());
    }

    /** Mean absolute error per customer of the model and of the baseline on the hold-out half year's revenue. */
    private static double[] validate(Models calibrated, Inputs in, int[] calRows) {
        double model = 0;
        double baseline = 0;
        for (int row : calRows) {
            double actual = in.holdoutRevenue()[row];
            double predicted = Scorer.predictedRevenue(in.calibration(), row, calibrated, Totals.HALF_YEAR);
            model += Math.abs((Double.isFinite(predicted) ? predicted : 0) - actual);
            baseline += Math.abs(in.calibration().recentRevenue(row) - actual);
        }
        return new double[] {model / calRows.length, baseline / calRows.length};
    }

    private ChurnTrainer.Result trainChurn(Inputs in, int[] calRows) {
        int[] rows = sample(calRows);
        List<double[]> features = new ArrayList<>(rows.length);
        boolean[] churned = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            long id = in.customerIds()[rows[i]];
            features.add(in.calibration().churnFactors(rows[i], in.requestsAtCut().getOrDefault(id, 0),
                    in.openAtCut().getOrDefault(id, 0)));
            churned[i] = in.holdoutPurchases()[rows[i]] == 0;
        }
        try {
            return new ChurnTrainer(seed).train(features, churned);
        } catch (IllegalArgumentException notEnough) {
            return null;
        }
    }

    /** The value at stake ({@link Scorer#valueAtStake}) from which the top fifth starts. */
    private static double valueThreshold(Models fitted, Totals now, int[] rows) {
        double[] values = new double[rows.length];
        int count = 0;
        for (int row : rows) {
            Score score = Scorer.score(now, row, fitted, 0, 0);
            double value = Scorer.valueAtStake(now, row, score);
            if (Double.isFinite(value)) {
                values[count++] = value;
            }
        }
        if (count == 0) {
            return Double.POSITIVE_INFINITY;
        }
        Arrays.sort(values, 0, count);
        return values[Math.min(count - 1, count * 4 / 5)];
    }

    private int[] sample(int[] rows) {
        if (rows.length <= SAMPLE) {
            return rows;
        }
        int[] chosen = Arrays.copyOf(rows, SAMPLE);
        Random random = new Random(seed);
        for (int i = SAMPLE; i < rows.length; i++) {
            int j = random.nextInt(i + 1);
            if (j < SAMPLE) {
                chosen[j] = rows[i];
            }
        }
        Arrays.sort(chosen);
        return chosen;
    }

    private static int[] rowsWith(int size, IntPredicate test) {
        int[] rows = new int[size];
        int count = 0;
        for (int row = 0; row < size; row++) {
            if (test.test(row)) {
                rows[count++] = row;
            }
        }
        return Arrays.copyOf(rows, count);
    }
}
