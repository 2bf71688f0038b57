package dev.rapport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Times operations: every operation is warmed up first, then each is measured, service and raw JDBC alternating
 * call by call so both meet the same caches and the same load. Warming all before timing any means the code they
 * share (query rendering, the driver, the pool) is compiled before the first is timed, whichever comes first. The
 * first call of each checks that both read the same rows.
 */
final class LatencyRunner {

    private final int warmup;
    private final int iterations;

    LatencyRunner(int warmup, int iterations) {
        this.warmup = warmup;
        this.iterations = iterations;
    }

    /** Warms up and measures {@code operations}, handing each result to {@code measured} as soon as it is known. */
    List<LatencyResult> measureAll(List<Operation> operations, Consumer<LatencyResult> measured) {
        operations.forEach(this::warmUp);
        List<LatencyResult> results = new ArrayList<>(operations.size());
        for (Operation operation : operations) {
            LatencyResult result = measure(operation);
            measured.accept(result);
            results.add(result);
        }
        return results;
    }

    private void warmUp(Operation operation) {
        try {
            requireSameRows(operation);
            for (int i = 0; i < warmup; i++) {
                operation.service().run(i);
                if (operation.raw() != null) {
                    operation.raw().run(i);
                }
            }
        } catch (Exception e) {
            throw failed(operation, e);
        }
    }

    private LatencyResult measure(Operation operation) {
        try {
            long[] service = new long[iterations];
            long[] raw = new long[iterations];
            HeapPeak.reset();
            for (int i = 0; i < iterations; i++) {
                service[i] = time(operation.service(), warmup + i);
                if (operation.raw() != null) {
                    raw[i] = time(operation.raw(), warmup + i);
                }
            }
            return new LatencyResult(operation.name(), LatencyStats.of(service),
                    operation.raw() == null ? null : LatencyStats.of(raw), HeapPeak.megabytes(), operation.target());
        } catch (Exception e) {
            throw failed(operation, e);
        }
    }

    private static IllegalStateException failed(Operation operation, Exception e) {
        return new IllegalStateException("Measuring '" + operation.name() + "' failed: " + e.getMessage(), e);
    }

    private static void requireSameRows(Operation operation) throws Exception {
        if (operation.raw() == null) {
            return;
        }
        Object byService = operation.service().run(0);
        Object byRaw = operation.raw().run(0);
        if (byService != null && !Objects.equals(byService, byRaw)) {
            throw new IllegalStateException("The service read " + byService + " but raw JDBC " + byRaw);
        }
    }

    private static long time(Operation.Call call, int iteration) throws Exception {
        long started = System.nanoTime();
        call.run(iteration);
        return System.nanoTime() - started;
    }

    /** The heap's high-water mark since the last reset, over every heap pool (an upper bound of the true peak). */
    static final class HeapPeak {

        private HeapPeak() {
        }

        static void reset() {
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
        }

        static double megabytes() {
            return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / (1024.0 * 1024.0);
        }

        private static List<MemoryPoolMXBean> heapPools() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        }
    }
}
