package dev.rapport.platform.webhook;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.Optional;

/**
 * Each subscription's URL and opened secrets, read once a second rather than for every message (a query and a
 * decryption each). A change made on this node is seen at once ({@link #forget}); one made on another node within
 * that second, which is also how long a deleted subscription may still get a message in flight. Thread-safe.
 */
final class WebhookTargets {

    private final LoadingCache<Long, Optional<WebhookSubscriptions.Target>> cache;

    WebhookTargets(WebhookSubscriptions subscriptions) {
        this.cache = Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(1)).build(subscriptions::target);
    }

    /** Where to send subscription {@code id}'s messages and the secrets to sign them; empty once it is gone. */
    Optional<WebhookSubscriptions.Target> of(long id) {
        return cache.get(id);
    }

    void forget() {
        cache.invalidateAll();
    }
}
