package dev.rapport.platform.interaction;

import java.time.Instant;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;

/**
 * A contact to log.
 *
 * @param contactId the contact person at an organisation customer, or null
 * @param source who logged it: {@code kernel} for people in the web UI, a plugin id for a plugin
 */
public record InteractionDraft(long customerId, Long contactId, Channel channel, Direction direction, String subject,
                               String notes, Outcome outcome, Instant occurredAt, String source) {
}
