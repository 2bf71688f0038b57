package dev.rapport.plugin.acquisition.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * Someone responded to a campaign.
 *
 * @param customerId the responding customer, or null when a lead responded
 * @param campaignId the campaign
 * @param responseId the response
 * @param leadId the responding lead, or null
 * @param responseType opened, replied, attended, purchased or unsubscribed ({@code ResponseType} name)
 * @param origin how it was recorded: by hand, by import or through a web form ({@code ResponseOrigin} name)
 */
public record CampaignResponseRecorded(Long customerId, long campaignId, long responseId, Long leadId,
                                       String responseType, String origin) implements PluginEvent {
}
