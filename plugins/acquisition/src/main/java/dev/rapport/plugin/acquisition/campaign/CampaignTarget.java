package dev.rapport.plugin.acquisition.campaign;

import java.time.Instant;

/**
 * Someone a campaign addresses: a customer or a lead (exactly one of the ids is set), with the name and email
 * address copied when the target was added.
 */
public record CampaignTarget(long id, long campaignId, Long customerId, Long leadId, String displayName, String email,
                             Instant addedAt) {
}
