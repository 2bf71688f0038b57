package dev.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestRateLimiterTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RequestRateLimiter limiter = new RequestRateLimiter(3, Duration.ofMinutes(1), nanos::get);

    @Test
    void allowsTheLimitPerWindowThenRefusesUntilItEnds() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.acquire("10.0.0.1").allowed()).isTrue();
        }
        nanos.addAndGet(Duration.ofSeconds(20).toNanos());
        RequestRateLimiter.Decision refused = limiter.acquire("10.0.0.1");
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(40L, 41L);
        assertThat(limiter.acquire("10.0.0.2").allowed()).as("other addresses count on their own").isTrue();

        nanos.addAndGet(Duration.ofSeconds(41).toNanos());
        assertThat(limiter.acquire("10.0.0.1").allowed()).as("a new window").isTrue();
    }
}
