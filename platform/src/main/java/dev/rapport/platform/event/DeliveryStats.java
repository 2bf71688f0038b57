package dev.rapport.platform.event;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts deliveries and keeps the most recent delivery lags (publish to delivery), for the administrators'
 * page and the benchmark.
 */
public final class DeliveryStats {

    private static final int WINDOW = 10_000;

    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final long[] lagsMillis = new long[WINDOW];
    private long recorded;

    void delivered(Duration lag) {
        delivered.incrementAndGet();
        synchronized (lagsMillis) {
            lagsMillis[(int) (recorded++ % WINDOW)] = Math.max(0, lag.toMillis());
        }
    }

    void parked() {
        parked.incrementAndGet();
    }

    public long deliveredCount() {
        return delivered.get();
    }

    public long parkedCount() {
        return parked.get();
    }

    /** The {@code percentile} (0-100) of the most recent lags, in milliseconds; 0 without deliveries. */
    public long lagPercentileMillis(double percentile) {
        long[] sample;
        synchronized (lagsMillis) {
            sample = Arrays.copyOf(lagsMillis, (int) Math.min(recorded, WINDOW));
        }
        if (sample.length == 0) {
            return 0;
        }
        Arrays.sort(sample);
        int index = (int) Math.ceil(percentile / 100.0 * sample.length) - 1;
        return sample[Math.max(0, Math.min(index, sample.length - 1))];
    }
}
