package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.interaction.Channel;

/**
 * The event a rule listens to and what the event itself must show: the interaction's channel (null: any), the field
 * of the customer's record that changed (a kernel field name such as {@code stage} or {@code ownerId}), or the
 * plugin event's public type name ({@code <source>.<EventName>}, e.g. {@code acquisition.LeadConverted}).
 */
public record EventCondition(TriggerEvent event, Channel channel, String changedField, String pluginEventType) {

    /** Recorded transactions, the conditions on the transaction itself being the rule's. */
    public static final EventCondition TRANSACTIONS = new EventCondition(TriggerEvent.TRANSACTION, null, null, null);
}
