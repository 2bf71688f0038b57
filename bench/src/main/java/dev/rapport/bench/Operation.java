package dev.rapport.bench;

/**
 * One operation to time: the product's call and, where one exists, the equivalent raw JDBC. Both get the
 * iteration number to pick their input from a sample, so both read the same rows.
 *
 * @param raw null when there is no raw JDBC equivalent
 */
record Operation(String name, LatencyResult.Target target, Call service, Call raw) {

    /**
     * One call. Returns what it read in a comparable form (e.g. the customer ids of a page), so the service
     * and raw JDBC can be checked to read the same rows; null when a call writes and there is nothing to compare.
     */
    @FunctionalInterface
    interface Call {
        Object run(int iteration) throws Exception;
    }
}
