package dev.rapport.plugin.retention.signal;

import dev.rapport.sdk.event.PluginEvent;

/** Shaped as the service plugin's event of the same name, which retention reads by type name and components. */
record RequestOpened(Long customerId, long requestId, String channel, String category, String priority)
        implements PluginEvent {
}
