package dev.rapport.plugin.upsell.event;

/** An opportunity was lost, with the reason given. */
public record OpportunityLost(Long customerId, long opportunityId, String reason, Long firingId)
        implements dev.rapport.sdk.event.PluginEvent {
}
