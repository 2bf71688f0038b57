package dev.rapport.plugin.retention.score;

import java.util.Arrays;

/**
 * How value is spread over the customers with purchases: they are ranked by a value (margin to date, or predicted
 * lifetime value) and cut into tenths, most valuable first; each tenth's share of the total tells how much the top
 * customers count. Customers without purchases are not counted. Not thread-safe.
 */
public final class ValueDistribution {

    /** Tenths of customers. */
    public static final int PARTS = 10;

    private final double[] margins;
    private final double[] lifetimeValues;
    private int customers;
    private int valued;

    /** Room for at most {@code size} customers. */
    public ValueDistribution(int size) {
        margins = new double[size];
        lifetimeValues = new double[size];
    }

    /** Counts a customer with purchases; {@code lifetimeValue} is null when it could not be predicted. */
    public void add(double margin, Double lifetimeValue) {
        margins[customers++] = margin;
        if (lifetimeValue != null && Double.isFinite(lifetimeValue)) {
            lifetimeValues[valued++] = lifetimeValue;
        }
    }

    /** The tenths' shares of the total margin to date (0–1, the most valuable tenth first), or null (see {@link #shares}). */
    public double[] marginShares() {
        return shares(margins, customers);
    }

    /** The tenths' shares of the total predicted lifetime value, or null (see {@link #shares}). */
    public double[] lifetimeValueShares() {
        return shares(lifetimeValues, valued);
    }

    /** How many customers with purchases were counted. */
    public int customers() {
        return customers;
    }

    /**
     * Each tenth's share of the total of the {@code count} first {@code values} ranked descending; tenth {@code i} holds
     * the customers ranked {@code [i·n/10, (i+1)·n/10)}. Null with fewer than ten customers or a total of zero or less,
     * where shares mean nothing.
     */
    static double[] shares(double[] values, int count) {
        if (count < PARTS) {
            return null;
        }
        double[] sorted = Arrays.copyOf(values, count);
        Arrays.sort(sorted);
        double total = 0;
        for (double value : sorted) {
            total += value;
        }
        if (total <= 0) {
            return null;
        }
        double[] shares = new double[PARTS];
        for (int part = 0; part < PARTS; part++) {
            double sum = 0;
            for (int rank = part * count / PARTS; rank < (part + 1) * count / PARTS; rank++) {
                sum += sorted[count - 1 - rank];
            }
            shares[part] = sum / total;
        }
        return shares;
    }
}
