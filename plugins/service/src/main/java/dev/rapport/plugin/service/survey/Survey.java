package dev.rapport.plugin.service.survey;

import java.time.Instant;

/**
 * A survey invitation and, once answered, its answer (see the changelog {@code 005-surveys.sql}).
 *
 * @param requestId the request a CSAT survey asks about; null for NPS
 * @param nonce     the random part of the link's token
 * @param score     the answer, or null while unanswered
 * @param mailId    the kernel's queued mail that carries the invitation, or null when it was only logged
 */
public record Survey(long id, SurveyKind kind, long customerId, Long requestId, String nonce, Instant createdAt,
                     Instant expiresAt, Long interactionId, Instant answeredAt, Integer score, String comment,
                     Long followUpTaskId, Long mailId) {

    public boolean answered() {
        return answeredAt != null;
    }
}
