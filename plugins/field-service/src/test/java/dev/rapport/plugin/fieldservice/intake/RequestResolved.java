package dev.rapport.plugin.fieldservice.intake;

import dev.rapport.sdk.event.PluginEvent;

/** Shaped as the service plugin's event of the same name. */
record RequestResolved(Long customerId, long requestId, long businessMinutesToResolve, boolean slaMet,
                       int minutesLogged) implements PluginEvent {
}
