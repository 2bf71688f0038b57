package dev.rapport.bench;

/**
 * A measured figure that is not a call latency: a rate, a lag, a start-up time.
 *
 * @param higherIsBetter whether {@code value} should reach {@code target} from below (a rate) or stay under it
 * @param target NaN if the issue sets none
 * @param note how it was measured, in a few words
 */
record Figure(String name, double value, String unit, double target, boolean higherIsBetter, String note) {

    static Figure atMost(String name, double value, String unit, double target, String note) {
        return new Figure(name, value, unit, target, false, note);
    }

    static Figure atLeast(String name, double value, String unit, double target, String note) {
        return new Figure(name, value, unit, target, true, note);
    }

    static Figure informative(String name, double value, String unit, String note) {
        return new Figure(name, value, unit, Double.NaN, false, note);
    }

    boolean hasTarget() {
        return !Double.isNaN(target);
    }

    boolean meetsTarget() {
        return !hasTarget() || (higherIsBetter ? value >= target : value <= target);
    }

    String describeTarget() {
        return hasTarget() ? (higherIsBetter ? "≥ " : "≤ ") + Format.number(target) + " " + unit : "";
    }
}
