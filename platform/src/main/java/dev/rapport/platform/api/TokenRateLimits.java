package dev.rapport.platform.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests per access token in fixed windows: at most {@code limit} calls per window, then refusals until the window
 * ends. In memory, per node (behind a load balancer each node counts its own share), at most 100,000 tokens.
 */
final class TokenRateLimits {

    /** The outcome for one call: allowed or not, calls left in the window, seconds until it ends. */
    record Decision(boolean allowed, int limit, int remaining, long resetSeconds, long windowSeconds) {

        /** The {@code RateLimit-Policy} header (IETF httpapi-ratelimit-headers draft, structured fields). */
        String policyHeader() {
            return "\"per-token\";q=" + limit + ";w=" + windowSeconds;
        }

        /** The {@code RateLimit} header: what is left of the window and when it ends. */
        String limitHeader() {
            return "\"per-token\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private record Window(Instant start, AtomicInteger count) {
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Cache<Long, Window> windows;

    TokenRateLimits(int limit, Duration window, Clock clock) {
        if (limit < 1) {
            throw new IllegalArgumentException("api.requests.per.minute must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
        this.windows = Caffeine.newBuilder().maximumSize(100_000).build();
    }

    Decision take(long tokenId) {
        Instant now = clock.instant();
        Window current = windows.asMap().compute(tokenId, (id, existing) ->
                existing == null || !now.isBefore(existing.start().plus(window))
                        ? new Window(now, new AtomicInteger()) : existing);
        int used = current.count().incrementAndGet();
        long reset = Math.max(1, Duration.between(now, current.start().plus(window)).toSeconds());
        return new Decision(used <= limit, limit, Math.max(0, limit - used), reset, window.toSeconds());
    }
}
