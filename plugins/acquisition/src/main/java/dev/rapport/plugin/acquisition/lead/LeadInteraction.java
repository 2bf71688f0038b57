package dev.rapport.plugin.acquisition.lead;

import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Instant;

/**
 * A contact with a lead, kept by the plugin until the lead becomes a customer (the kernel's interaction log
 * belongs to customers), then carried over to the customer's log. Never changed or deleted.
 *
 * @param recordedBy the user who recorded it, or null when the plugin did (a web form, an import)
 */
public record LeadInteraction(long id, long leadId, Channel channel, Direction direction, String subject,
                             String notes, Outcome outcome, Instant occurredAt, Long recordedBy, Instant recordedAt) {
}
