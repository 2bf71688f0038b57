package dev.rapport.sdk.event;

import java.time.LocalDate;

/**
 * A task was created.
 *
 * @param customerId the customer it concerns, or null
 * @param taskId the task
 * @param assigneeUserId the user it is assigned to, or null
 * @param departmentId the department queue it is in, or null
 * @param dueDate when it is due, or null
 * @param source who created it: {@code kernel} or a plugin id
 * @since 1.0.0
 */
public record TaskCreated(Long customerId, long taskId, Long assigneeUserId, Long departmentId, LocalDate dueDate,
                          String source) implements DomainEvent {
}
