package dev.rapport.platform.webhook;

import java.time.Instant;

/**
 * One message of a subscription's delivery log: the event it carries and how its last attempt went.
 *
 * @param messageId the {@code webhook-id} header, the same for every attempt and replay
 * @param responseStatus the receiver's HTTP status of the last attempt, or null when none came (timeout, refused)
 * @param durationMillis how long the last attempt took, or null before the first
 * @param error why the last attempt failed, or null
 */
public record WebhookDelivery(long id, long subscriptionId, long eventId, String eventType, String messageId,
                              Status status, int attempts, Instant createdAt, Instant nextAttemptAt,
                              Instant lastAttemptAt, Integer responseStatus, Integer durationMillis, String error,
                              Instant deliveredAt) {

    /** Where a message stands. */
    public enum Status {
        /** Waiting for its first attempt or a retry. */
        PENDING,
        /** The receiver answered with a 2xx status. */
        DELIVERED,
        /** Every attempt of the retry window failed; an administrator may replay it. */
        FAILED
    }

    /** The {@code webhook-id} of the message carrying event {@code eventId} to subscription {@code subscriptionId}. */
    static String messageId(long eventId, long subscriptionId) {
        return "msg_" + eventId + "_" + subscriptionId;
    }
}
