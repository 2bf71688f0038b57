package dev.rapport.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Calls per token per window: the limit-th passes, the next is refused until the window ends; tokens count apart. */
class TokenRateLimitsTest {

    private final TestClock clock = new TestClock(Instant.parse("2026-06-01T08:00:00Z"));
    private final TokenRateLimits limits = new TokenRateLimits(3, Duration.ofMinutes(1), clock);

    @Test
    void theCallAfterTheLimitIsRefusedUntilTheWindowEnds() {
        assertThat(limits.take(1).remaining()).isEqualTo(2);
        limits.take(1);
        TokenRateLimits.Decision third = limits.take(1);
        clock.advance(Duration.ofSeconds(20));
        TokenRateLimits.Decision fourth = limits.take(1);

        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.resetSeconds()).isEqualTo(40);
        assertThat(fourth.limitHeader()).isEqualTo("\"per-token\";r=0;t=40");
        assertThat(fourth.policyHeader()).isEqualTo("\"per-token\";q=3;w=60");
        assertThat(limits.take(2).allowed()).as("another token").isTrue();

        clock.advance(Duration.ofSeconds(40));
        assertThat(limits.take(1).allowed()).isTrue();
    }
}
