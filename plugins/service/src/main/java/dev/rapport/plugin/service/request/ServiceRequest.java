package dev.rapport.plugin.service.request;

import dev.rapport.sdk.interaction.Channel;
import java.time.Instant;

/**
 * A stored service request.
 *
 * @param originInteractionId the logged interaction (an email, a call) it was made from, or null
 * @param mergedIntoId        the request it was merged into as a duplicate, or null
 * @param minutesLogged       working time agents logged on it (cost to serve)
 */
public record ServiceRequest(long id, long customerId, Long contactId, long queueId, Long assigneeId, String subject,
                             String description, Channel channel, String category, Priority priority, Long productId,
                             RequestStatus status, long agreementId, Long originInteractionId, Long mergedIntoId,
                             Instant openedAt, Instant firstResponseAt, Instant resolvedAt, Instant closedAt,
                             int reopenCount, RequestClocks clocks, int minutesLogged, Instant updatedAt, int version) {

    ServiceRequest withStatus(RequestStatus newStatus, Instant newResolvedAt, Instant newClosedAt, int newReopenCount) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                priority, productId, newStatus, agreementId, originInteractionId, mergedIntoId, openedAt, firstResponseAt,
                newResolvedAt, newClosedAt, newReopenCount, clocks, minutesLogged, updatedAt, version);
    }

    ServiceRequest withClocks(RequestClocks newClocks) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                priority, productId, status, agreementId, originInteractionId, mergedIntoId, openedAt, firstResponseAt,
                resolvedAt, closedAt, reopenCount, newClocks, minutesLogged, updatedAt, version);
    }

    ServiceRequest withTerms(Priority newPriority, long newAgreementId, RequestClocks newClocks) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                newPriority, productId, status, newAgreementId, originInteractionId, mergedIntoId, openedAt,
                firstResponseAt, resolvedAt, closedAt, reopenCount, newClocks, minutesLogged, updatedAt, version);
    }

    ServiceRequest withAssignee(Long newAssigneeId, RequestStatus newStatus) {
        return new ServiceRequest(id, customerId, contactId, queueId, newAssigneeId, subject, description, channel,
                category, priority, productId, newStatus, agreementId, originInteractionId, mergedIntoId, openedAt,
                firstResponseAt, resolvedAt, closedAt, reopenCount, clocks, minutesLogged, updatedAt, version);
    }

    ServiceRequest withFirstResponse(Instant at, RequestClocks newClocks) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                priority, productId, status, agreementId, originInteractionId, mergedIntoId, openedAt, at, resolvedAt,
                closedAt, reopenCount, newClocks, minutesLogged, updatedAt, version);
    }

    ServiceRequest withMinutesLogged(int minutes) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                priority, productId, status, agreementId, originInteractionId, mergedIntoId, openedAt, firstResponseAt,
                resolvedAt, closedAt, reopenCount, clocks, minutes, updatedAt, version);
    }

    /** Closed as a duplicate of {@code into}: its clocks stopped, its logged time moved there. */
    ServiceRequest withMergedInto(long into, Instant at, RequestClocks stopped) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                priority, productId, RequestStatus.CLOSED, agreementId, originInteractionId, into, openedAt,
                firstResponseAt, resolvedAt, at, reopenCount, stopped, 0, updatedAt, version);
    }

    ServiceRequest withUpdatedAt(Instant at) {
        return new ServiceRequest(id, customerId, contactId, queueId, assigneeId, subject, description, channel, category,
                priority, productId, status, agreementId, originInteractionId, mergedIntoId, openedAt, firstResponseAt,
                resolvedAt, closedAt, reopenCount, clocks, minutesLogged, at, version);
    }
}
