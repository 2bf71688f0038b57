package dev.rapport.sdk.event;

/**
 * A task was done.
 *
 * @param customerId the customer it concerns, or null
 * @param taskId the task
 * @param completedBy the user who completed it, or null
 * @param interactionId the interaction logged on completion, or null
 * @since 1.0.0
 */
public record TaskCompleted(Long customerId, long taskId, Long completedBy, Long interactionId) implements DomainEvent {
}
