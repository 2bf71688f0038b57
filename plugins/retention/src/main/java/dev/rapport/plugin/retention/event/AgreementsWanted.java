package dev.rapport.plugin.retention.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * Retention asks whoever keeps service agreements (the service plugin) to publish every existing customer agreement
 * again, so that agreements made before retention listened are known. Concerns no customer.
 */
public record AgreementsWanted() implements PluginEvent {

    @Override
    public Long customerId() {
        return null;
    }
}
