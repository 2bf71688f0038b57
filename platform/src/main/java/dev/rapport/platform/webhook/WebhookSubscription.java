package dev.rapport.platform.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A URL subscribed to event types. The secret is never part of it: it is shown once, when made or rotated.
 *
 * @param owner {@code kernel} for an administrator's subscription, or the plugin id of a plugin's
 * @param disabledReason why it was disabled (by an administrator, or after its deliveries kept failing), or null
 */
public record WebhookSubscription(long id, String name, String url, List<String> eventTypes, String owner,
                                  boolean enabled, String disabledReason, Instant disabledAt, Instant createdAt,
                                  Instant updatedAt) {

    public WebhookSubscription {
        eventTypes = List.copyOf(eventTypes);
    }
}
