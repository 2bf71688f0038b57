package dev.rapport.plugin.retention.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A manager decided what to do with a customer whose cost to serve exceeded their margin.
 *
 * @param decision {@code keep}, {@code change-terms} or {@code let-go}
 */
public record LetGoDecided(Long customerId, long decisionId, String decision) implements PluginEvent {
}
