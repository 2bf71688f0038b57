package dev.rapport.platform.task;

import dev.rapport.platform.validation.TextRules;
import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.platform.customer.CustomerValidator;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.internal.db.tables.records.TaskRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Role;
import java.util.Set;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.TaskCompleted;
import dev.rapport.sdk.event.TaskCreated;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import dev.rapport.sdk.task.TaskStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Follow-ups assigned to a user or queued for a department. Creating and completing write their events in
 * the same transaction; completing can log the interaction the task was about, atomically with it.
 */
public final class TaskService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 10_000;
    /** Sorts tasks without a due date after every dated one (keyset paging needs a non-null key). */
    static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

    private final DSLContext dsl;
    private final Clock clock;
    private final InteractionService interactions;
    private final EventOutbox outbox;
    private final UserDirectory users;

    public TaskService(DSLContext dsl, Clock clock, InteractionService interactions, EventOutbox outbox,
                       UserDirectory users) {
        this.dsl = dsl;
        this.clock = clock;
        this.interactions = interactions;
        this.outbox = outbox;
        this.users = users;
    }

    /** Whether {@code actor} may complete, cancel or take {@code task}. */
    public boolean canWork(TaskInfo task, Actor actor) {
        Set<Long> assigneeDepartments = task.assigneeUserId() == null ? Set.of()
                : users.find(task.assigneeUserId()).map(User::departmentIds).orElse(Set.of());
        return Permissions.canWorkTask(actor, task.assigneeUserId(), task.departmentId(), assigneeDepartments);
    }

    /** How a task was done: a note, and optionally the interaction to log with it. */
    public record Completion(String note, InteractionDraft interaction) {
    }

    /** Creates an open task; {@code source} is {@code kernel} or the creating plugin's id. */
    public TaskInfo create(NewTask task, String source, Actor actor) {
        return get(dsl.transactionResult(configuration -> create(configuration.dsl(), task, source, actor)));
    }

    /**
     * Creates an open task inside the caller's transaction {@code tx} (the task and its event commit with it);
     * its customer may be one created earlier in that transaction.
     *
     * @return the new task's id
     */
    public long create(DSLContext tx, NewTask task, String source, Actor actor) {
        Permissions.require(actor, Role.AGENT, "create tasks");
        validateAll(tx, List.of(task));
        TaskRecord record = tx.newRecord(TASK);
        record.setTitle(task.title().strip());
        record.setDescription(blankToNull(task.description()));
        record.setCustomerId(task.customerId());
        record.setDueDate(task.dueDate());
        record.setDueSort(task.dueDate() == null ? NO_DUE_DATE : task.dueDate());
        record.setPriority((task.priority() == null ? TaskPriority.NORMAL : task.priority()).name());
        record.setStatus(TaskStatus.OPEN.name());
        record.setAssigneeUserId(task.assigneeUserId());
        record.setDepartmentId(task.departmentId());
        record.setSource(source);
        record.setCreatedAt(clock.instant());
        record.setCreatedBy(actor.storedUserId());
        record.setVersion(0);
        record.store();
        outbox.append(tx, new TaskCreated(task.customerId(), record.getId(), task.assigneeUserId(),
                task.departmentId(), task.dueDate(), source), EventTypes.KERNEL);
        return record.getId();
    }

    /**
     * Creates the open {@code tasks} inside the caller's transaction {@code tx} with one statement per kind of work
     * (checks, insert, events, read back) instead of several per task: for jobs that create many at once (e.g. a
     * service-level scan). All or nothing: an invalid task refuses the whole list before anything is written.
     *
     * @return the stored tasks, in the order given
     * @throws ValidationException naming the first invalid task's problems
     */
    public List<TaskInfo> createAll(DSLContext tx, List<NewTask> tasks, String source, Actor actor) {
        Permissions.require(actor, Role.AGENT, "create tasks");
        if (tasks.isEmpty()) {
            return List.of();
        }
        validateAll(tx, tasks);
        var insert = tx.insertInto(TASK, TASK.TITLE, TASK.DESCRIPTION, TASK.CUSTOMER_ID, TASK.DUE_DATE, TASK.DUE_SORT,
                TASK.PRIORITY, TASK.STATUS, TASK.ASSIGNEE_USER_ID, TASK.DEPARTMENT_ID, TASK.SOURCE, TASK.CREATED_AT,
                TASK.CREATED_BY, TASK.VERSION);
        for (NewTask task : tasks) {
            insert = insert.values(task.title().strip(), blankToNull(task.description()), task.customerId(),
                    task.dueDate(), task.dueDate() == null ? NO_DUE_DATE : task.dueDate(),
                    (task.priority() == null ? TaskPriority.NORMAL : task.priority()).name(), TaskStatus.OPEN.name(),
                    task.assigneeUserId(), task.departmentId(), source, clock.instant(), actor.storedUserId(), 0);
        }
        // RETURNING gives each row's id, in the order of the rows: no assumption of consecutive ids (Galera).
        List<Long> ids = insert.returningResult(TASK.ID).fetch(TASK.ID);
        List<TaskCreated> events = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            NewTask task = tasks.get(i);
            events.add(new TaskCreated(task.customerId(), ids.get(i), task.assigneeUserId(), task.departmentId(),
                    task.dueDate(), source));
        }
        outbox.appendAll(tx, events, EventTypes.KERNEL);
        Map<Long, TaskInfo> stored = tx.selectFrom(TASK).where(TASK.ID.in(ids)).fetch().stream()
                .map(TaskService::toTask).collect(Collectors.toMap(TaskInfo::id, task -> task));
        return ids.stream().map(stored::get).toList();
    }

    /**
     * Marks an open task done, logging {@code completion.interaction()} (if any) in the same transaction.
     *
     * @throws ValidationException if the task is no longer open, or the interaction is invalid
     */
    public TaskInfo complete(long taskId, Completion completion, Actor actor) {
        TaskInfo task = get(taskId);
        Permissions.require(canWork(task, actor), actor, "complete task " + taskId);
        List<FieldError> errors = new ArrayList<>();
        if (task.status() != TaskStatus.OPEN) {
            errors.add(FieldError.of("status", "validation.taskNotOpen"));
        }
        TextRules.optionalText(errors, "note", completion.note(), MAX_TEXT);
        ValidationException.throwIfAny(errors);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Long interactionId = completion.interaction() == null ? null
                    : interactions.log(tx, completion.interaction(), actor);
            int updated = tx.update(TASK)
                    .set(TASK.STATUS, TaskStatus.DONE.name())
                    .set(TASK.COMPLETED_AT, clock.instant())
                    .set(TASK.COMPLETED_BY, actor.storedUserId())
                    .set(TASK.COMPLETION_NOTE, blankToNull(completion.note()))
                    .set(TASK.INTERACTION_ID, interactionId)
                    .set(TASK.VERSION, TASK.VERSION.plus(1))
                    .where(TASK.ID.eq(taskId)).and(TASK.STATUS.eq(TaskStatus.OPEN.name())).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(FieldError.of("status", "validation.taskNotOpen")));
            }
            outbox.append(tx, new TaskCompleted(task.customerId(), taskId, actor.storedUserId(), interactionId),
                    EventTypes.KERNEL);
        });
        return get(taskId);
    }

    /** Cancels an open task (it is no longer needed). */
    public TaskInfo cancel(long taskId, Actor actor) {
        Permissions.require(canWork(get(taskId), actor), actor, "cancel task " + taskId);
        int updated = dsl.update(TASK).set(TASK.STATUS, TaskStatus.CANCELLED.name())
                .set(TASK.COMPLETED_AT, clock.instant()).set(TASK.COMPLETED_BY, actor.storedUserId())
                .set(TASK.VERSION, TASK.VERSION.plus(1))
                .where(TASK.ID.eq(taskId)).and(TASK.STATUS.eq(TaskStatus.OPEN.name())).execute();
        if (updated == 0) {
            get(taskId);
            throw new ValidationException(List.of(FieldError.of("status", "validation.taskNotOpen")));
        }
        return get(taskId);
    }

    /**
     * Gives an open task to {@code userId}: someone takes it from a department queue (agents take tasks for
     * themselves only), or a manager hands it on.
     */
    public TaskInfo assignTo(long taskId, long userId, Actor actor) {
        TaskInfo task = get(taskId);
        Permissions.require(canWork(task, actor) && (userId == actor.userId() || actor.has(Role.MANAGER)), actor,
                "assign task " + taskId);
        if (!dsl.fetchExists(APP_USER, APP_USER.ID.eq(userId).and(APP_USER.ACTIVE.isTrue()))) {
            throw new ValidationException(List.of(FieldError.of("assigneeUserId", "validation.userMissing")));
        }
        int updated = dsl.update(TASK).set(TASK.ASSIGNEE_USER_ID, userId).set(TASK.VERSION, TASK.VERSION.plus(1))
                .where(TASK.ID.eq(taskId)).and(TASK.STATUS.eq(TaskStatus.OPEN.name())).execute();
        if (updated == 0) {
            get(taskId);
            throw new ValidationException(List.of(FieldError.of("status", "validation.taskNotOpen")));
        }
        return get(taskId);
    }

    public TaskInfo get(long taskId) {
        return find(taskId).orElseThrow(() -> new NotFoundException("Task", taskId));
    }

    public Optional<TaskInfo> find(long taskId) {
        return find(dsl, taskId);
    }

    /** The task as {@code db} sees it (a transaction sees the tasks it created). */
    public Optional<TaskInfo> find(DSLContext db, long taskId) {
        return db.selectFrom(TASK).where(TASK.ID.eq(taskId)).fetchOptional(TaskService::toTask);
    }

    /**
     * Open tasks assigned to {@code userId}, by due date (undated last), after {@code after}.
     *
     * @param sources the sources whose tasks to show ({@code kernel} and the plugins the viewer may use), or
     *        null for all
     */
    public List<TaskInfo> openAssignedTo(long userId, Set<String> sources, TaskInfo after, int limit) {
        return openWhere(TASK.ASSIGNEE_USER_ID.eq(userId), sources, after, limit);
    }

    /** Open tasks assigned to {@code userId} due on {@code day} (their "today" on the home page), by id. */
    public List<TaskInfo> openAssignedDueOn(long userId, Set<String> sources, LocalDate day, int limit) {
        return openWhere(TASK.ASSIGNEE_USER_ID.eq(userId).and(TASK.DUE_SORT.eq(day)), sources, null, limit);
    }

    /** Open tasks waiting in the queues of {@code departmentIds} (nobody took them yet), by due date. */
    public List<TaskInfo> openInQueues(Collection<Long> departmentIds, Set<String> sources, TaskInfo after, int limit) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return openWhere(TASK.DEPARTMENT_ID.in(departmentIds).and(TASK.ASSIGNEE_USER_ID.isNull()), sources, after, limit);
    }

    /** Open tasks concerning a customer, by due date. */
    public List<TaskInfo> openForCustomer(long customerId, Set<String> sources) {
        return openWhere(TASK.CUSTOMER_ID.eq(customerId), sources, null, 500);
    }

    private List<TaskInfo> openWhere(Condition condition, Set<String> sources, TaskInfo after, int limit) {
        var query = dsl.selectFrom(TASK).where(condition).and(TASK.STATUS.eq(TaskStatus.OPEN.name()))
                .and(sources == null ? DSL.noCondition() : TASK.SOURCE.in(sources))
                .orderBy(TASK.DUE_SORT, TASK.ID);
        var page = after == null ? query.limit(limit)
                : query.seek(after.dueDate() == null ? NO_DUE_DATE : after.dueDate(), after.id()).limit(limit);
        return page.fetch(TaskService::toTask);
    }

    /** Checks each task's texts and references, with one existence query per kind of reference for all of them. */
    private static void validateAll(DSLContext db, List<NewTask> tasks) {
        Set<Long> users = existing(db, APP_USER, APP_USER.ID, APP_USER.ACTIVE.isTrue(),
                tasks.stream().map(NewTask::assigneeUserId).toList());
        Set<Long> departments = existing(db, DEPARTMENT, DEPARTMENT.ID, DSL.noCondition(),
                tasks.stream().map(NewTask::departmentId).toList());
        Set<Long> customers = existing(db, CUSTOMER, CUSTOMER.ID, DSL.noCondition(),
                tasks.stream().map(NewTask::customerId).toList());
        for (NewTask task : tasks) {
            List<FieldError> errors = new ArrayList<>();
            TextRules.requireText(errors, "title", task.title(), MAX_TITLE);
            TextRules.optionalText(errors, "description", task.description(), MAX_TEXT);
            if ((task.assigneeUserId() == null) == (task.departmentId() == null)) {
                errors.add(FieldError.of("assignee", "validation.assigneeOrQueue"));
            }
            if (task.assigneeUserId() != null && !users.contains(task.assigneeUserId())) {
                errors.add(FieldError.of("assigneeUserId", "validation.userMissing"));
            }
            if (task.departmentId() != null && !departments.contains(task.departmentId())) {
                errors.add(FieldError.of("departmentId", "validation.departmentMissing"));
            }
            if (task.customerId() != null && !customers.contains(task.customerId())) {
                errors.add(FieldError.of("customerId", "validation.customerMissing"));
            }
            ValidationException.throwIfAny(errors);
        }
    }

    /** Which of {@code wanted} (nulls ignored) name a row of {@code table} matching {@code also}. */
    private static Set<Long> existing(DSLContext db, Table<?> table, TableField<?, Long> id, Condition also,
                                      List<Long> wanted) {
        Set<Long> ids = new HashSet<>(wanted);
        ids.remove(null);
        return ids.isEmpty() ? Set.of() : new HashSet<>(db.select(id).from(table).where(id.in(ids)).and(also).fetch(id));
    }

    static TaskInfo toTask(TaskRecord r) {
        return new TaskInfo(r.getId(), r.getTitle(), r.getDescription(), r.getCustomerId(), r.getDueDate(),
                TaskPriority.valueOf(r.getPriority()), TaskStatus.valueOf(r.getStatus()), r.getAssigneeUserId(),
                r.getDepartmentId(), r.getSource(), r.getCreatedAt(), r.getCompletedAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
