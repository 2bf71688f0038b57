package dev.rapport.plugin.acquisition.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A lead was captured (a form, an import, a web form, a campaign response), or an existing one was captured
 * again by a web form and updated.
 *
 * @param customerId always null: a lead is not a customer yet
 * @param leadId the lead
 * @param source where it came from ({@code LeadSource} name)
 * @param campaignId the campaign it answered, or null
 * @param existing true when a web form or response updated a lead that existed already
 */
public record LeadCaptured(Long customerId, long leadId, String source, Long campaignId, boolean existing)
        implements PluginEvent {
}
