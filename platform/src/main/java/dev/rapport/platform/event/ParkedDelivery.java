package dev.rapport.platform.event;

import java.time.Instant;

/**
 * An event that is parked for one listener: its delivery kept failing, or it waits behind such an event
 * of the same customer.
 */
public record ParkedDelivery(String listenerId, long eventId, String eventType, Long customerId, int attempts,
                             String error, Instant parkedAt) {
}
