package dev.rapport.plugin.retention.model;

/** Gauss's hypergeometric function, as the BG/NBD expectation needs it. */
final class Hypergeometric {

    private static final int MAX_TERMS = 100_000;
    private static final double PRECISION = 1e-12;

    private Hypergeometric() {
    }

    /** 2F1(a, b; c; z) by its power series, for 0 ≤ z < 1. */
    static double f21(double a, double b, double c, double z) {
        double term = 1;
        double sum = 1;
        for (int j = 0; j < MAX_TERMS; j++) {
            term *= (a + j) * (b + j) / ((c + j) * (j + 1)) * z;
            sum += term;
            if (Math.abs(term) < PRECISION * Math.abs(sum)) {
                break;
            }
        }
        return sum;
    }
}
