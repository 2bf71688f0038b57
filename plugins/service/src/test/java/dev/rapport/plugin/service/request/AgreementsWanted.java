package dev.rapport.plugin.service.request;

import dev.rapport.sdk.event.PluginEvent;

/** Shaped as retention's event of the same name, which the service plugin reads by type name. */
record AgreementsWanted() implements PluginEvent {

    @Override
    public Long customerId() {
        return null;
    }
}
