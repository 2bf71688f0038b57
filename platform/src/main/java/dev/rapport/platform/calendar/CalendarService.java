package dev.rapport.platform.calendar;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.internal.db.tables.records.TaskRecord;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.task.TaskStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The calendar of a person or of department queues: open tasks on their due days and planned appointments at
 * their times, for a range of days in the viewer's time zone; and moving either to another day or time.
 */
public final class CalendarService {

    private static final int TASK_LIMIT = 2_000;

    private final DSLContext dsl;
    private final TaskService tasks;
    private final AppointmentService appointments;
    private final AuditLog audit;

    public CalendarService(DSLContext dsl, TaskService tasks, AppointmentService appointments, AuditLog audit) {
        this.dsl = dsl;
        this.tasks = tasks;
        this.appointments = appointments;
        this.audit = audit;
    }

    /** What shows on {@code userId}'s calendar from {@code first} to {@code last} (both included) in {@code zone}. */
    public List<CalendarEntry> forPerson(long userId, LocalDate first, LocalDate last, ZoneId zone,
                                         Set<String> taskSources, LocalDate today) {
        return entries(TASK.ASSIGNEE_USER_ID.eq(userId), appointments.plannedFor(userId, start(first, zone), start(last.plusDays(1), zone)),
                first, last, zone, taskSources, today);
    }

    /** What waits in the queues of {@code departmentIds} (nobody took it yet) from {@code first} to {@code last}. */
    public List<CalendarEntry> forQueues(Collection<Long> departmentIds, LocalDate first, LocalDate last, ZoneId zone,
                                         Set<String> taskSources, LocalDate today) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return entries(TASK.DEPARTMENT_ID.in(departmentIds).and(TASK.ASSIGNEE_USER_ID.isNull()),
                appointments.plannedInQueues(departmentIds, start(first, zone), start(last.plusDays(1), zone)),
                first, last, zone, taskSources, today);
    }

    /**
     * Moves an entry to {@code day}: a task gets that due date; an appointment starts that day at {@code time}
     * (null: at its current time of day in {@code zone}) and keeps its length. Audited; refused without the right
     * to work on it, and when someone changed it since {@code entry} was read.
     */
    public void move(CalendarEntry entry, LocalDate day, LocalTime time, ZoneId zone, Actor actor) {
        if (entry.kind() == CalendarEntry.Kind.TASK) {
            moveTask(entry.id(), day, entry.version(), actor);
        } else {
            LocalTime at = time != null ? time : entry.startsAt().atZone(zone).toLocalTime();
            appointments.reschedule(entry.id(), day.atTime(at).atZone(zone).toInstant(), entry.version(), actor);
        }
    }

    private void moveTask(long taskId, LocalDate due, int seenVersion, Actor actor) {
        var task = tasks.get(taskId);
        Permissions.require(tasks.canWork(task, actor), actor, "move task " + taskId);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            int updated = tx.update(TASK).set(TASK.DUE_DATE, due).set(TASK.DUE_SORT, due)
                    .set(TASK.VERSION, TASK.VERSION.plus(1)).where(TASK.ID.eq(taskId)).and(TASK.VERSION.eq(seenVersion))
                    .and(TASK.STATUS.eq(TaskStatus.OPEN.name())).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(FieldError.of("due", "validation.changedMeanwhile")));
            }
            audit.record(tx, actor, AuditAction.TASK_RESCHEDULED, "task", taskId,
                    task.title() + ": " + (task.dueDate() == null ? "—" : task.dueDate()) + " → " + due);
        });
    }

    private List<CalendarEntry> entries(Condition whoseTasks, List<Appointment> planned, LocalDate first, LocalDate last,
                                        ZoneId zone, Set<String> taskSources, LocalDate today) {
        List<TaskRecord> due = dsl.selectFrom(TASK).where(whoseTasks).and(TASK.STATUS.eq(TaskStatus.OPEN.name()))
                .and(TASK.DUE_SORT.between(first, last))
                .and(taskSources == null ? DSL.noCondition() : TASK.SOURCE.in(taskSources))
                .orderBy(TASK.DUE_SORT, TASK.ID).limit(TASK_LIMIT).fetch();
        Set<Long> customerIds = new HashSet<>();
        due.forEach(task -> { if (task.getCustomerId() != null) customerIds.add(task.getCustomerId()); });
        planned.forEach(appointment -> customerIds.add(appointment.customerId()));
        Map<Long, String> names = customerIds.isEmpty() ? Map.of()
                : dsl.select(CUSTOMER.ID, CUSTOMER.DISPLAY_NAME).from(CUSTOMER).where(CUSTOMER.ID.in(customerIds))
                .fetchMap(CUSTOMER.ID, CUSTOMER.DISPLAY_NAME);
        List<CalendarEntry> entries = new ArrayList<>();
        for (TaskRecord task : due) {
            entries.add(new CalendarEntry(CalendarEntry.Kind.TASK, task.getId(), null, task.getTitle(), task.getCustomerId(),
                    names.get(task.getCustomerId()), task.getDueDate(), null, null, task.getDueDate().isBefore(today),
                    task.getVersion()));
        }
        for (Appointment appointment : planned) {
            entries.add(new CalendarEntry(CalendarEntry.Kind.APPOINTMENT, appointment.id(), appointment.channel(),
                    appointment.subject(), appointment.customerId(), names.get(appointment.customerId()),
                    appointment.startsAt().atZone(zone).toLocalDate(), appointment.startsAt(), appointment.endsAt(), false,
                    appointment.version()));
        }
        entries.sort(Comparator.comparing(CalendarEntry::day)
                .thenComparing(entry -> entry.startsAt() == null ? Instant.MIN : entry.startsAt())
                .thenComparing(CalendarEntry::key));
        return entries;
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
