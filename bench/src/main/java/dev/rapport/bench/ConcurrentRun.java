package dev.rapport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of calls shared by several threads as fast as each call returns (closed loop, no pacing): the rate
 * the threads reach together and the latency of every single call.
 */
final class ConcurrentRun {

    /** One call; {@code index} runs from 0 to the count, each index once. */
    @FunctionalInterface
    interface Call {
        void run(int index) throws Exception;
    }

    /** Latency of the calls and how many finished per second of the run's wall-clock time. */
    record Result(LatencyStats latency, double ratePerSecond) {
    }

    private ConcurrentRun() {
    }

    /** Runs {@code count} calls on {@code threads} threads; the first failure of a call fails the run. */
    static Result run(int count, int threads, Call call) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long callStarted = System.nanoTime();
                        call.run(i);
                        nanos[i] = System.nanoTime() - callStarted;
                    }
                    return null;
                }));
            }
            for (Future<?> thread : running) {
                thread.get();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Result(LatencyStats.of(nanos), count / seconds);
    }
}
