package dev.rapport.platform.calendar;

import static dev.rapport.platform.internal.db.Tables.APPOINTMENT;
import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.internal.db.tables.records.AppointmentRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.validation.TextRules;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Planned contacts with customers (meetings, calls, visits). Planning, moving and cancelling are permission
 * checked as tasks are (the person it is for, their department's managers, administrators) and audited in the
 * same transaction as the change; a move made on a stale copy (someone moved it meanwhile) is refused.
 */
public final class AppointmentService {

    public static final int MAX_SUBJECT = 200;
    public static final int MAX_NOTES = 10_000;
    /** The longest appointment: a calendar shows days, and a longer "appointment" is an absence. */
    public static final Duration MAX_DURATION = Duration.ofHours(24);
    /** How many appointments one calendar range returns at most. */
    static final int RANGE_LIMIT = 2_000;

    private final DSLContext dsl;
    private final Clock clock;
    private final UserDirectory users;
    private final AuditLog audit;

    public AppointmentService(DSLContext dsl, Clock clock, UserDirectory users, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.users = users;
        this.audit = audit;
    }

    /** Whether {@code actor} may move or cancel {@code appointment}. */
    public boolean canChange(Appointment appointment, Actor actor) {
        return canPlanFor(appointment.ownerUserId(), appointment.departmentId(), actor);
    }

    private boolean canPlanFor(Long ownerUserId, Long departmentId, Actor actor) {
        Set<Long> ownerDepartments = ownerUserId == null ? Set.of()
                : users.find(ownerUserId).map(User::departmentIds).orElse(Set.of());
        return Permissions.canWorkTask(actor, ownerUserId, departmentId, ownerDepartments);
    }

    /** Plans an appointment; agents plan for themselves or their departments' queues, managers for their people. */
    public Appointment plan(AppointmentDraft draft, Actor actor) {
        Permissions.require(actor, Role.AGENT, "plan appointments");
        validate(draft);
        Permissions.require(canPlanFor(draft.ownerUserId(), draft.departmentId(), actor), actor, "plan for someone else");
        long id = dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            AppointmentRecord record = tx.newRecord(APPOINTMENT);
            record.setCustomerId(draft.customerId());
            record.setChannel(draft.channel().name());
            record.setSubject(draft.subject().strip());
            record.setNotes(draft.notes() == null || draft.notes().isBlank() ? null : draft.notes().strip());
            record.setStartsAt(draft.startsAt());
            record.setEndsAt(draft.endsAt());
            record.setOwnerUserId(draft.ownerUserId());
            record.setDepartmentId(draft.departmentId());
            record.setStatus(Status.PLANNED.name());
            record.setCreatedAt(clock.instant());
            record.setCreatedBy(actor.storedUserId());
            record.setVersion(0);
            record.store();
            audit.record(tx, actor, AuditAction.APPOINTMENT_PLANNED, "customer", draft.customerId(),
                    record.getSubject() + ": " + draft.startsAt());
            return record.getId();
        });
        return get(id);
    }

    /**
     * Moves an appointment to start at {@code newStart}, keeping its length.
     *
     * @param seenVersion the version the mover saw; a move over someone else's newer change is refused
     * @throws ValidationException {@code startsAt} when it was changed meanwhile or is cancelled
     */
    public Appointment reschedule(long appointmentId, Instant newStart, int seenVersion, Actor actor) {
        Appointment appointment = get(appointmentId);
        Permissions.require(canChange(appointment, actor), actor, "move appointment " + appointmentId);
        Instant newEnd = newStart.plus(appointment.duration());
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            int updated = tx.update(APPOINTMENT).set(APPOINTMENT.STARTS_AT, newStart).set(APPOINTMENT.ENDS_AT, newEnd)
                    .set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1))
                    .where(APPOINTMENT.ID.eq(appointmentId)).and(APPOINTMENT.VERSION.eq(seenVersion))
                    .and(APPOINTMENT.STATUS.eq(Status.PLANNED.name())).execute();
            if (updated == 0) {
                throw new ValidationException(List.of(FieldError.of("startsAt", "validation.changedMeanwhile")));
            }
            audit.record(tx, actor, AuditAction.APPOINTMENT_RESCHEDULED, "customer", appointment.customerId(),
                    appointment.subject() + ": " + appointment.startsAt() + " → " + newStart);
        });
        return get(appointmentId);
    }

    /** Cancels a planned appointment; it leaves every calendar. */
    public void cancel(long appointmentId, Actor actor) {
        Appointment appointment = get(appointmentId);
        Permissions.require(canChange(appointment, actor), actor, "cancel appointment " + appointmentId);
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.update(APPOINTMENT).set(APPOINTMENT.STATUS, Status.CANCELLED.name())
                    .set(APPOINTMENT.VERSION, APPOINTMENT.VERSION.plus(1)).where(APPOINTMENT.ID.eq(appointmentId)).execute();
            audit.record(tx, actor, AuditAction.APPOINTMENT_CANCELLED, "customer", appointment.customerId(),
                    appointment.subject() + ": " + appointment.startsAt());
        });
    }

    public Appointment get(long appointmentId) {
        return find(appointmentId).orElseThrow(() -> new NotFoundException("Appointment", appointmentId));
    }

    public Optional<Appointment> find(long appointmentId) {
        return dsl.selectFrom(APPOINTMENT).where(APPOINTMENT.ID.eq(appointmentId)).fetchOptional(AppointmentService::toAppointment);
    }

    /** Planned appointments of {@code userId} starting in [{@code from}, {@code to}), by start. */
    public List<Appointment> plannedFor(long userId, Instant from, Instant to) {
        return plannedWhere(APPOINTMENT.OWNER_USER_ID.eq(userId), from, to);
    }

    /** Planned appointments waiting in the queues of {@code departmentIds} (nobody owns them yet), by start. */
    public List<Appointment> plannedInQueues(Collection<Long> departmentIds, Instant from, Instant to) {
        if (departmentIds.isEmpty()) {
            return List.of();
        }
        return plannedWhere(APPOINTMENT.DEPARTMENT_ID.in(departmentIds).and(APPOINTMENT.OWNER_USER_ID.isNull()), from, to);
    }

    private List<Appointment> plannedWhere(Condition whose, Instant from, Instant to) {
        return dsl.selectFrom(APPOINTMENT).where(whose).and(APPOINTMENT.STARTS_AT.ge(from)).and(APPOINTMENT.STARTS_AT.lt(to))
                .and(APPOINTMENT.STATUS.eq(Status.PLANNED.name())).orderBy(APPOINTMENT.STARTS_AT, APPOINTMENT.ID)
                .limit(RANGE_LIMIT).fetch(AppointmentService::toAppointment);
    }

    private void validate(AppointmentDraft draft) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.requireText(errors, "subject", draft.subject(), MAX_SUBJECT);
        TextRules.optionalText(errors, "notes", draft.notes(), MAX_NOTES);
        if (draft.channel() == null) {
            errors.add(FieldError.of("channel", "validation.required"));
        }
        if (draft.startsAt() == null) {
            errors.add(FieldError.of("startsAt", "validation.required"));
        } else if (draft.endsAt() == null || !draft.endsAt().isAfter(draft.startsAt())
                || Duration.between(draft.startsAt(), draft.endsAt()).compareTo(MAX_DURATION) > 0) {
            errors.add(FieldError.of("endsAt", "validation.appointmentEnd"));
        }
        if ((draft.ownerUserId() == null) == (draft.departmentId() == null)) {
            errors.add(FieldError.of("owner", "validation.assigneeOrQueue"));
        }
        if (draft.ownerUserId() != null
                && !dsl.fetchExists(APP_USER, APP_USER.ID.eq(draft.ownerUserId()).and(APP_USER.ACTIVE.isTrue()))) {
            errors.add(FieldError.of("ownerUserId", "validation.userMissing"));
        }
        if (draft.departmentId() != null && !dsl.fetchExists(DEPARTMENT, DEPARTMENT.ID.eq(draft.departmentId()))) {
            errors.add(FieldError.of("departmentId", "validation.departmentMissing"));
        }
        if (!dsl.fetchExists(CUSTOMER, CUSTOMER.ID.eq(draft.customerId()))) {
            errors.add(FieldError.of("customerId", "validation.customerMissing"));
        }
        ValidationException.throwIfAny(errors);
    }

    private static Appointment toAppointment(AppointmentRecord r) {
        return new Appointment(r.getId(), r.getCustomerId(), Channel.valueOf(r.getChannel()), r.getSubject(), r.getNotes(),
                r.getStartsAt(), r.getEndsAt(), r.getOwnerUserId(), r.getDepartmentId(),
                Status.CANCELLED.name().equals(r.getStatus()), r.getVersion());
    }

    private enum Status { PLANNED, CANCELLED }
}
