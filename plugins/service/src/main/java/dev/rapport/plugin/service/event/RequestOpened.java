package dev.rapport.plugin.service.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A service request was opened for a customer.
 *
 * @param channel  how it reached the company ({@code Channel} name)
 * @param priority its priority ({@code Priority} name)
 */
public record RequestOpened(Long customerId, long requestId, String channel, String category, String priority)
        implements PluginEvent {
}
