package dev.rapport.plugin.service.request;

import java.time.Instant;

/**
 * One entry of a request's history.
 *
 * @param actorUserId who did it; null: the system (the SLA scan, a customer's reply)
 */
public record HistoryEntry(long id, long requestId, HistoryKind kind, String fromValue, String toValue, String detail,
                           Long interactionId, Long actorUserId, Instant occurredAt) {
}
