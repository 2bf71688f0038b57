package dev.rapport.plugin.service.event;

import dev.rapport.sdk.event.PluginEvent;

/**
 * A service request was resolved.
 *
 * @param businessMinutesToResolve the resolution clock's spent business time, in minutes (pauses not counted)
 * @param slaMet                   whether neither clock was breached
 * @param minutesLogged            working time agents logged on it
 */
public record RequestResolved(Long customerId, long requestId, long businessMinutesToResolve, boolean slaMet,
                              int minutesLogged) implements PluginEvent {
}
