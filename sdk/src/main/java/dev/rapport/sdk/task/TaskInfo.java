package dev.rapport.sdk.task;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up.
 *
 * @param id the task's id
 * @param title what to do
 * @param description details, or null
 * @param customerId the customer it concerns, or null
 * @param dueDate when it is due, or null
 * @param priority how urgent it is
 * @param status open, done or cancelled
 * @param assigneeUserId the user who should do it, or null when it waits in a department queue
 * @param departmentId the department queue it is in, or null
 * @param source who created it: {@code kernel} for people, else a plugin id
 * @param createdAt when it was created
 * @param completedAt when it was done or cancelled, or null
 * @since 1.0.0
 */
public record TaskInfo(long id, String title, String description, Long customerId, LocalDate dueDate,
                       TaskPriority priority, TaskStatus status, Long assigneeUserId, Long departmentId, String source,
                       Instant createdAt, Instant completedAt) {
}
