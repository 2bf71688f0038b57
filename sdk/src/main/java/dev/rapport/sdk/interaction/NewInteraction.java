package dev.rapport.sdk.interaction;

import java.time.Instant;

/**
 * A contact to append to the interaction log.
 *
 * @param customerId the customer
 * @param contactId the contact person at an organisation customer, or null
 * @param channel how the contact happened
 * @param direction who started it
 * @param subject a short subject, at most 200 characters
 * @param notes free text, at most 20,000 characters, or null
 * @param outcome how it ended
 * @param occurredAt when it happened; not more than a day in the future
 * @since 1.0.0
 */
public record NewInteraction(long customerId, Long contactId, Channel channel, Direction direction, String subject,
                             String notes, Outcome outcome, Instant occurredAt) {
}
