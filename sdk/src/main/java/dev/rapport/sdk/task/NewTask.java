package dev.rapport.sdk.task;

import java.time.LocalDate;

/**
 * A follow-up to create. It is assigned to a user, or queued for a department (then anyone of the
 * department may take it); exactly one of {@code assigneeUserId} and {@code departmentId} is set.
 *
 * @param title what to do, at most 200 characters
 * @param description details, or null
 * @param customerId the customer it concerns, or null
 * @param dueDate when it is due, or null
 * @param priority how urgent it is
 * @param assigneeUserId the user who should do it, or null
 * @param departmentId the department whose queue it goes to, or null
 * @since 1.0.0
 */
public record NewTask(String title, String description, Long customerId, LocalDate dueDate, TaskPriority priority,
                      Long assigneeUserId, Long departmentId) {
}
