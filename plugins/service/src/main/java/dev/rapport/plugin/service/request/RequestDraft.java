package dev.rapport.plugin.service.request;

import dev.rapport.sdk.interaction.Channel;

/**
 * What a new request is opened with. {@code queueId} null: the first queue; {@code originInteractionId}: the logged
 * interaction it comes from.
 */
public record RequestDraft(long customerId, Long contactId, Long queueId, String subject, String description,
                           Channel channel, String category, Priority priority, Long productId,
                           Long originInteractionId) {
}
