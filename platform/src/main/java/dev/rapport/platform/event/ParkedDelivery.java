package dev.rapport.platform.event;

import java.time.Instant;

/**
 * An event that is parked for one listener: its delivery kept failing, it waits behind such an event of the same
 * customer, or it waits for the plugin that defines its type to run again ({@code waitingFor}, else null).
 */
public record ParkedDelivery(String listenerId, long eventId, String eventType, Long customerId, int attempts,
                             String error, Instant parkedAt, Reason reason, String waitingFor) {

    /** Why an event is parked; stored in {@code event_parked.reason}. */
    public enum Reason {
        /** Its delivery failed every try: it waits for an administrator to replay or discard it. */
        FAILED,
        /** It waits behind an earlier parked event of its customer and is delivered when that one is gone. */
        BEHIND,
        /** The plugin that defines its type is not running; it is delivered when that plugin starts again. */
        WAITING_FOR_PLUGIN
    }
}
