package dev.rapport.plugin.retention.score;

import java.util.Arrays;

/**
 * Per-customer aggregates of revenue transactions up to a cut-off day, for many customers at once in parallel
 * primitive arrays (a million customers take about 80 MB, where objects would take several times that). Amounts are
 * in the reporting currency. Not thread-safe: one scoring run or one refresh fills it.
 */
public final class Totals {

    /** Days of the recent and of the prior window (a half year each) and of "the last year". */
    public static final int HALF_YEAR = 180;
    public static final int YEAR = 365;

    private final int cutOffDay;
    final int[] first;
    final int[] last;
    final int[] count;
    final double[] revenue;
    final double[] margin;
    final double[] marginYear;
    final int[] recentCount;
    final int[] priorCount;
    final double[] recentRevenue;
    final double[] priorRevenue;
    final int[] yearCount;
    final int[] contractEnds;
    final int[] unconverted;

    /** Totals for {@code size} customers counting transactions before {@code cutOffDay} (an epoch day). */
    public Totals(int size, int cutOffDay) {
        this.cutOffDay = cutOffDay;
        first = new int[size];
        last = new int[size];
        Arrays.fill(first, Integer.MAX_VALUE);
        Arrays.fill(last, Integer.MIN_VALUE);
        count = new int[size];
        revenue = new double[size];
        margin = new double[size];
        marginYear = new double[size];
        recentCount = new int[size];
        priorCount = new int[size];
        recentRevenue = new double[size];
        priorRevenue = new double[size];
        yearCount = new int[size];
        contractEnds = new int[size];
        unconverted = new int[size];
    }

    public int cutOffDay() {
        return cutOffDay;
    }

    /**
     * Adds one transaction of customer {@code row} if it happened before the cut-off.
     *
     * @param day its epoch day
     * @param sign +1 revenue, -1 refund, 0 no revenue ({@code TransactionKind.revenueSign()})
     * @param amount its amount in the reporting currency, or NaN when it could not be converted
     * @param costShare the share of the amount the product cost the company (0 without product)
     * @param ended whether it ended a subscription
     */
    public void add(int row, int day, int sign, double amount, double costShare, boolean ended) {
        if (day >= cutOffDay) {
            return;
        }
        int age = cutOffDay - day;
        if (ended && age <= YEAR) {
            contractEnds[row]++;
        }
        if (sign == 0) {
            return;
        }
        if (Double.isNaN(amount)) {
            unconverted[row]++;
            return;
        }
        double signed = sign * amount;
        double earned = sign > 0 ? amount * (1 - costShare) : -amount;
        revenue[row] += signed;
        margin[row] += earned;
        if (age <= YEAR) {
            marginYear[row] += earned;
        }
        if (age <= HALF_YEAR) {
            recentRevenue[row] += signed;
        } else if (age <= 2 * HALF_YEAR) {
            priorRevenue[row] += signed;
        }
        if (sign < 0) {
            return;
        }
        count[row]++;
        first[row] = Math.min(first[row], day);
        last[row] = Math.max(last[row], day);
        if (age <= HALF_YEAR) {
            recentCount[row]++;
        } else if (age <= 2 * HALF_YEAR) {
            priorCount[row]++;
        }
        if (age <= YEAR) {
            yearCount[row]++;
        }
    }

    /** Adds contract ends other than ended subscriptions (service agreements, {@code ContractEnds}) to row {@code row}. */
    public void addContractEnds(int row, int ends) {
        contractEnds[row] += ends;
    }

    /** Whether customer {@code row} bought anything before the cut-off. */
    public boolean hasHistory(int row) {
        return count[row] > 0;
    }

    public int purchases(int row) {
        return count[row];
    }

    public double revenue(int row) {
        return revenue[row];
    }

    public double margin(int row) {
        return margin[row];
    }

    public double marginYear(int row) {
        return marginYear[row];
    }

    public double recentRevenue(int row) {
        return recentRevenue[row];
    }

    public int unconverted(int row) {
        return unconverted[row];
    }

    /** The epoch day of the first purchase; only with history. */
    public int firstDay(int row) {
        return first[row];
    }

    /** The epoch day of the last purchase; only with history. */
    public int lastDay(int row) {
        return last[row];
    }

    /** Days from the last purchase to the cut-off. */
    public int recencyDays(int row) {
        return cutOffDay - last[row];
    }

    /** BG/NBD's x: purchases after the first. */
    public double repeatPurchases(int row) {
        return count[row] - 1;
    }

    /** BG/NBD's t_x: days from the first to the last purchase. */
    public double lastPurchaseAge(int row) {
        return last[row] - first[row];
    }

    /** BG/NBD's T: days from the first purchase to the cut-off. */
    public double observedDays(int row) {
        return cutOffDay - first[row];
    }

    /** The mean amount of a purchase (refunds deducted), at least a cent. */
    public double meanSpend(int row) {
        return Math.max(0.01, revenue[row] / count[row]);
    }

    /** The raw churn factors in {@code ChurnFactor} order, as of the cut-off. */
    public double[] churnFactors(int row, int requestsYear, int openRequests) {
        double recent = recentRevenue[row];
        double prior = priorRevenue[row];
        return new double[] {recencyDays(row), yearCount[row], recentCount[row] - priorCount[row],
                (recent - prior) / (Math.abs(recent) + Math.abs(prior) + 1), requestsYear, openRequests,
                contractEnds[row], cutOffDay - first[row]};
    }
}
