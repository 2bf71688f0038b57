package dev.rapport.plugin.acquisition.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A lead became a customer: a new one, or an existing one it was added to.
 *
 * @param customerId the customer
 * @param leadId the lead
 * @param campaignId the campaign the lead came from, or null
 * @param newCustomer true when the conversion created the customer
 */
public record LeadConverted(Long customerId, long leadId, Long campaignId, boolean newCustomer) implements PluginEvent {
}
