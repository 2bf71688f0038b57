package dev.rapport.plugin.retention.score;

import java.time.LocalDate;

/**
 * Cohort retention as the scoring run counts it: customers grouped by the calendar quarter (UTC, as the totals' days)
 * of their first purchase, and for each of the last {@link #COHORTS} complete quarters' cohorts how many of them bought
 * again in each later complete quarter. One bit per customer and quarter of the last {@link #WINDOW} quarters in a
 * {@code long} (8 MB at a million customers); a purchase before the window sets the top bit, so such a customer
 * belongs to no shown cohort. Refunds and transactions without revenue are no purchases. Not thread-safe.
 */
public final class Cohorts {

    /** The cohorts shown: the last eight complete quarters. */
    public static final int COHORTS = 8;
    private static final int WINDOW = 63;
    private static final long BEFORE_WINDOW = 1L << WINDOW;

    private final long[] active;
    private final int currentQuarter;
    private final int originQuarter;

    /** Counts for {@code size} customers; {@code today} is the epoch day of the run (its quarter is incomplete). */
    public Cohorts(int size, int today) {
        active = new long[size];
        currentQuarter = quarter(today);
        originQuarter = currentQuarter - WINDOW + 1;
    }

    /** The quarter of an epoch day as {@code year * 4 + quarter - 1}. */
    public static int quarter(int epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }

    /** Counts a purchase of customer {@code row} on {@code epochDay}; a day after the run's quarter is ignored. */
    public void purchase(int row, int epochDay) {
        int bit = quarter(epochDay) - originQuarter;
        if (bit < 0) {
            active[row] |= BEFORE_WINDOW;
        } else if (bit < WINDOW) {
            active[row] |= 1L << bit;
        }
    }

    /** The counts: cohort {@code c} (oldest first) has {@code sizes[c]} customers, {@code active[c][k]} of whom bought
     * {@code k} quarters after their first; only complete quarters, so younger cohorts have fewer entries. */
    public Table table() {
        int firstCohort = currentQuarter - COHORTS;
        int[] sizes = new int[COHORTS];
        int[][] counts = new int[COHORTS][];
        for (int c = 0; c < COHORTS; c++) {
            counts[c] = new int[COHORTS - c];
        }
        for (long bits : active) {
            if (bits == 0 || (bits & BEFORE_WINDOW) != 0) {
                continue;
            }
            int c = originQuarter + Long.numberOfTrailingZeros(bits) - firstCohort;
            if (c < 0 || c >= COHORTS) {
                continue;
            }
            sizes[c]++;
            int firstBit = firstCohort + c - originQuarter;
            for (int k = 0; k < counts[c].length; k++) {
                if ((bits & (1L << (firstBit + k))) != 0) {
                    counts[c][k]++;
                }
            }
        }
        return new Table(firstCohort, sizes, counts);
    }

    /**
     * Cohort counts.
     *
     * @param firstQuarter the oldest cohort's quarter ({@code year * 4 + quarter - 1})
     * @param sizes the customers of each cohort, oldest first
     * @param active per cohort, per quarter after the first purchase (0 = that quarter), who bought in it
     */
    public record Table(int firstQuarter, int[] sizes, int[][] active) {

        /** The share of cohort {@code c} that bought {@code k} quarters after their first, or null when unknown. */
        public Double share(int c, int k) {
            return sizes[c] == 0 || k >= active[c].length ? null : (double) active[c][k] / sizes[c];
        }
    }
}
