package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import java.util.Set;

/**
 * What a rule looks at in an event that is not a transaction: its kind, the interaction's channel, the changed fields
 * of the customer's record, the public type name of a plugin's event ({@code <source>.<EventName>}), and the
 * customer's lifecycle stage.
 */
public record EventFacts(TriggerEvent event, Channel channel, Set<String> changedFields, String typeName,
                         LifecycleStage stage) {

    public EventFacts {
        changedFields = changedFields == null ? Set.of() : Set.copyOf(changedFields);
    }
}
