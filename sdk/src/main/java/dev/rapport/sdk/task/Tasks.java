package dev.rapport.sdk.task;

import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

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
     * Creates an open task inside the caller's transaction: the task and its event are written if, and only if,
     * that transaction commits (e.g. a follow-up for the owner a plugin assigns a record to, in the same
     * transaction as the assignment).
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param task the task; its customer may be one created earlier in the same transaction
     * @return the stored task
     * @throws dev.rapport.sdk.error.ValidationException as {@link #create(NewTask)}
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not create tasks (read-only)
     * @since 1.2.0
     */
    TaskInfo create(DSLContext transaction, NewTask task);

    /**
     * Creates many open tasks inside the caller's transaction, as {@link #create(DSLContext, NewTask)} creates one,
     * for work that makes many at once (a nightly check warning about hundreds of records): the platform checks,
     * writes and announces them with a few statements for the whole list instead of several per task. All or
     * nothing: when one task is invalid, none is written and the exception names that task's problems; the caller's
     * transaction decides the rest (it usually rolls back). The default implementation creates them one by one.
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param tasks the tasks, each as for {@link #create(DSLContext, NewTask)}
     * @return the stored tasks, in the order given
     * @throws dev.rapport.sdk.error.ValidationException as {@link #create(NewTask)}, for the first invalid task
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not create tasks (read-only)
     * @since 1.3.0
     */
    default List<TaskInfo> createAll(DSLContext transaction, List<NewTask> tasks) {
        return tasks.stream().map(task -> create(transaction, task)).toList();
    }

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
