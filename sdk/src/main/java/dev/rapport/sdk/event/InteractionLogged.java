package dev.rapport.sdk.event;

import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;

/**
 * A contact with a customer was logged (also a correction of an earlier one).
 *
 * @param customerId the customer
 * @param interactionId the new log entry
 * @param channel how the contact happened
 * @param direction who started it
 * @param outcome how it ended
 * @param occurredAt when it happened
 * @param source who logged it: {@code kernel} or a plugin id
 * @param correctsId the entry it corrects, or null
 * @since 1.0.0
 */
public record InteractionLogged(Long customerId, long interactionId, Channel channel, Direction direction,
                                Outcome outcome, Instant occurredAt, String source, Long correctsId)
        implements DomainEvent {
}
