package dev.rapport.platform.webhook;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each subscription's URL and opened secrets, read once a {@link #TTL_NANOS second} rather than for every message
 * (a query and a decryption each). A change made on this node is seen at once ({@link #forget}); one made on another
 * node within that second, which is also how long a deleted subscription may still get a message in flight. Thread-safe.
 */
final class WebhookTargets {

    static final long TTL_NANOS = 1_000_000_000L;

    private record Cached(Optional<WebhookSubscriptions.Target> target, long readAt) {
    }

    private final WebhookSubscriptions subscriptions;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    WebhookTargets(WebhookSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    /** Where to send subscription {@code id}'s messages and the secrets to sign them; empty once it is gone. */
    Optional<WebhookSubscriptions.Target> of(long id) {
        long now = System.nanoTime();
        Cached cached = cache.get(id);
        if (cached == null || now - cached.readAt() > TTL_NANOS) {
            cached = new Cached(subscriptions.target(id), now);
            cache.put(id, cached);
        }
        return cached.target();
    }

    void forget() {
        cache.clear();
    }
}
