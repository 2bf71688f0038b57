package dev.rapport.plugin.acquisition.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A lead became qualified: its score reached the threshold, or someone qualified it by hand.
 *
 * @param customerId always null
 * @param leadId the lead
 * @param score its score at that moment
 * @param automatic true when the score did it
 */
public record LeadQualified(Long customerId, long leadId, int score, boolean automatic) implements PluginEvent {
}
