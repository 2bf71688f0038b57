package dev.rapport.bench;

/**
 * One operation measured through the product's services and, where one exists, through the equivalent raw
 * JDBC query in the same run.
 *
 * @param raw null when the operation has no raw JDBC equivalent
 * @param heapPeakMegabytes the peak of the heap while the measured calls ran
 * @param target what the operation should reach, in words; empty if the issue sets no target
 */
record LatencyResult(String operation, LatencyStats service, LatencyStats raw, double heapPeakMegabytes,
                     Target target) {

    /** The service's p95 over raw JDBC's p95; NaN without a raw equivalent. */
    double ratio() {
        return raw == null || raw.p95() == 0 ? Double.NaN : service.p95() / raw.p95();
    }

    boolean meetsTarget() {
        return target.met(this);
    }

    /** A latency goal: the service's p95 at most {@code maxP95Millis} and at most {@code maxRatio} times raw JDBC's. */
    record Target(double maxP95Millis, double maxRatio) {

        static final Target NONE = new Target(Double.NaN, Double.NaN);

        boolean met(LatencyResult result) {
            boolean fast = Double.isNaN(maxP95Millis) || result.service().p95() <= maxP95Millis;
            boolean close = Double.isNaN(maxRatio) || Double.isNaN(result.ratio()) || result.ratio() <= maxRatio;
            return fast && close;
        }

        String describe() {
            if (Double.isNaN(maxP95Millis)) {
                return "";
            }
            return "p95 ≤ " + Format.number(maxP95Millis) + " ms" + (Double.isNaN(maxRatio) ? "" : ", ≤ "
                    + Format.number(maxRatio) + "× raw");
        }
    }
}
