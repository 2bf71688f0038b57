package dev.rapport.sdk.task;

import java.util.List;
import java.util.Optional;

/**
 * Follow-ups for users and department queues. A plugin creates tasks ("call this customer") that people
 * then see in their "My work" list.
 *
 * <p>Creating and completing a task each write a {@link dev.rapport.sdk.event.TaskCreated} or
 * {@link dev.rapport.sdk.event.TaskCompleted} event in the same transaction. Methods may be called from any
 * thread.
 *
 * @since 1.0.0
 */
public interface Tasks {

    /**
     * Creates an open task with the calling plugin as its source.
     *
     * @param task the task
     * @return the stored task
     * @throws dev.rapport.sdk.error.ValidationException if the title is missing or too long, the customer,
     *         user or department does not exist, or not exactly one of user and department is given
     */
    TaskInfo create(NewTask task);

    /**
     * A task by id.
     *
     * @param taskId the id
     * @return the task, or empty
     */
    Optional<TaskInfo> find(long taskId);

    /**
     * The open tasks concerning a customer, by due date.
     *
     * @param customerId the customer
     * @return the tasks
     */
    List<TaskInfo> openForCustomer(long customerId);
}
