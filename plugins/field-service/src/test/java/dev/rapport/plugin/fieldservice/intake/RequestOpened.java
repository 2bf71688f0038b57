package dev.rapport.plugin.fieldservice.intake;

import dev.rapport.sdk.event.PluginEvent;

/** Shaped as the service plugin's event of the same name, which field service reads by type name and fields. */
record RequestOpened(Long customerId, long requestId, String channel, String category, String priority)
        implements PluginEvent {
}
