package dev.rapport.plugin.retention.score;

import dev.rapport.plugin.retention.model.RfmClass;

/**
 * Scores one customer's {@link Totals} row with fitted {@link Models}: the same rules for the nightly run and for a
 * refresh after a transaction. Stateless and thread-safe.
 */
public final class Scorer {

    /** The lifetime value's horizon: the margin of the next year. */
    public static final int HORIZON_DAYS = 365;
    private static final int REASONS = 3;

    private Scorer() {
    }

    /** The RFM class of a row with history under {@code models}' quintiles. */
    public static RfmClass rfmClass(Totals totals, int row, Models models) {
        int r = models.recency().score(-totals.recencyDays(row));
        int f = models.frequency().score(totals.purchases(row));
        int m = models.monetary().score(totals.revenue(row));
        return RfmClass.of(r, RfmClass.frequencyMonetary(f, m));
    }

    /** The predicted revenue of the next {@code days} days, or NaN without a value model. */
    public static double predictedRevenue(Totals totals, int row, Models models, int days) {
        if (models.purchases() == null || models.spend() == null) {
            return Double.NaN;
        }
        double purchases = models.purchases().expectedPurchases(totals.repeatPurchases(row), totals.lastPurchaseAge(row),
                totals.observedDays(row), days);
        return purchases * models.spend().expectedSpend(totals.purchases(row), totals.meanSpend(row));
    }

    /**
     * What the company stands to lose with the customer: the larger of the margin of the last year and the predicted
     * lifetime value (a customer who went quiet has a low prediction, yet was worth keeping). High-value customers are
     * those at or above {@link Models#valueThreshold()} of it.
     */
    public static double valueAtStake(Totals totals, int row, Score score) {
        return Math.max(totals.marginYear(row), score.lifetimeValue() == null ? 0 : score.lifetimeValue());
    }

    /** The customer's scores. */
    public static Score score(Totals totals, int row, Models models, int requestsYear, int openRequests) {
        if (!totals.hasHistory(row)) {
            return Score.NO_HISTORY;
        }
        int r = models.recency().score(-totals.recencyDays(row));
        int f = models.frequency().score(totals.purchases(row));
        int m = models.monetary().score(totals.revenue(row));
        RfmClass rfm = RfmClass.of(r, RfmClass.frequencyMonetary(f, m));
        double revenue = predictedRevenue(totals, row, models, HORIZON_DAYS);
        Double value = null;
        if (Double.isFinite(revenue)) {
            double share = totals.revenue(row) > 0 ? Math.clamp(totals.margin(row) / totals.revenue(row), 0, 1) : 0;
            value = revenue * share;
        }
        if (models.churn() == null) {
            return new Score(r, f, m, rfm, value, null, null, java.util.List.of());
        }
        double[] factors = totals.churnFactors(row, requestsYear, openRequests);
        double risk = models.churn().probability(factors);
        return new Score(r, f, m, rfm, value, risk, RiskBand.of(risk), models.churn().reasons(factors, REASONS));
    }
}
