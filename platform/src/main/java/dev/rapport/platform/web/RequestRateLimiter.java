package dev.rapport.platform.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts requests per key (a client address) in fixed windows: at most {@code limit} requests per window, then
 * refusals until the window ends. In memory, per node: behind a load balancer each node counts its own share.
 * The cache forgets a key when its window ends, and holds at most 100,000 keys, so a flood of addresses cannot
 * exhaust memory.
 */
public final class RequestRateLimiter {

    /** Whether a request may pass, and if not, in how many seconds the window ends. */
    public record Decision(boolean allowed, long retryAfterSeconds) {
    }

    private record Window(long startNanos, AtomicInteger count) {
    }

    private final int limit;
    private final Duration window;
    private final Ticker ticker;
    private final Cache<String, Window> windows;

    public RequestRateLimiter(int limit, Duration window) {
        this(limit, window, Ticker.systemTicker());
    }

    RequestRateLimiter(int limit, Duration window, Ticker ticker) {
        if (limit < 1) {
            throw new IllegalArgumentException("The limit must be at least 1, not " + limit);
        }
        this.limit = limit;
        this.window = window;
        this.ticker = ticker;
        this.windows = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).ticker(ticker).build();
    }

    /** Counts one request of {@code key}. */
    public Decision acquire(String key) {
        Window current = windows.get(key, k -> new Window(ticker.read(), new AtomicInteger()));
        if (current.count().incrementAndGet() <= limit) {
            return new Decision(true, 0);
        }
        long elapsed = ticker.read() - current.startNanos();
        return new Decision(false, Math.max(1, Duration.ofNanos(window.toNanos() - elapsed).toSeconds() + 1));
    }
}
