package dev.rapport.bench;

import java.util.Arrays;

/** Percentiles of measured call durations, in milliseconds (nearest rank). */
record LatencyStats(int calls, double p50, double p95, double p99) {

    static LatencyStats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, millis(sorted, 50), millis(sorted, 95), millis(sorted, 99));
    }

    private static double millis(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(rank - 1, sorted.length - 1))] / 1e6;
    }
}
