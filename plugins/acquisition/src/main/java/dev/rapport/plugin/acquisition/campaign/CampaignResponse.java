package dev.rapport.plugin.acquisition.campaign;

import dev.rapport.sdk.interaction.Channel;
import java.time.Instant;

/**
 * A reaction to a campaign by a target, a lead or a customer.
 *
 * @param targetId the target who responded, or null when the responder was not on the target list (a web form)
 * @param leadId the responding lead, or null
 * @param customerId the responding customer (or the customer the lead became), or null
 * @param recordedBy the user who recorded it, or null for a web form or an import run by the system
 */
public record CampaignResponse(long id, long campaignId, Long targetId, Long leadId, Long customerId, ResponseType type,
                               Channel channel, String note, ResponseOrigin origin, Instant respondedAt,
                               Long recordedBy) {
}
