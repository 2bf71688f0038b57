package dev.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentRunTest {

    @Test
    void everyIndexRunsOnceAndEveryCallIsTimed() throws Exception {
        ConcurrentHashMap<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ConcurrentRun.Result result = ConcurrentRun.run(500, 4, index -> {
            runs.computeIfAbsent(index, i -> new AtomicInteger()).incrementAndGet();
            Thread.sleep(1);
        });
        double outerSeconds = (System.nanoTime() - started) / 1e9;
        assertThat(runs).hasSize(500);
        assertThat(runs.values()).allMatch(count -> count.get() == 1);
        assertThat(result.latency().calls()).isEqualTo(500);
        assertThat(result.latency().p50()).isGreaterThanOrEqualTo(1.0);
        // the rate is over the run's own time, which lies within the time measured around it
        assertThat(result.ratePerSecond()).isGreaterThanOrEqualTo(500 / outerSeconds)
                .isLessThanOrEqualTo(500 / (result.latency().p50() / 1000));
    }

    @Test
    void aFailingCallFailsTheRun() {
        assertThatThrownBy(() -> ConcurrentRun.run(100, 2, index -> {
            if (index == 42) {
                throw new IllegalStateException("answered 500");
            }
        })).isInstanceOf(ExecutionException.class).hasRootCauseMessage("answered 500");
    }
}
