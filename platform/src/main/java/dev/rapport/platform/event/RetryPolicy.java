package dev.rapport.platform.event;

import java.time.Duration;

/**
 * How often a failing delivery is tried before it is parked, and the pauses between tries: the first
 * pause is {@code initialPause}, every next one four times longer, at most {@code maxPause}.
 */
public record RetryPolicy(int maxAttempts, Duration initialPause, Duration maxPause) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofMillis(200), Duration.ofSeconds(30));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The pause before try {@code attempt} (2 or more). */
    Duration pauseBefore(int attempt) {
        long factor = 1L << (2 * Math.min(attempt - 2, 15));
        Duration pause = initialPause.multipliedBy(factor);
        return pause.compareTo(maxPause) > 0 ? maxPause : pause;
    }
}
