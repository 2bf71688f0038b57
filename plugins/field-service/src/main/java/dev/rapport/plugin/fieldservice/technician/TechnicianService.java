package dev.rapport.plugin.fieldservice.technician;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_ABSENCE;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_TECHNICIAN;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_WORK_ORDER;

import dev.rapport.plugin.fieldservice.FieldSettings;
import dev.rapport.plugin.fieldservice.db.tables.records.FsdAbsenceRecord;
import dev.rapport.plugin.fieldservice.db.tables.records.FsdTechnicianRecord;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.plugin.fieldservice.workorder.WorkOrderStatus;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.ConcurrentEditException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;

/**
 * The technicians' profiles and absences, which the planner reads. Changes need a manager (or the plugin itself), are
 * checked field by field, detect a profile changed by someone else meanwhile (version), and are audited in the same
 * transaction. Thread-safe.
 */
public final class TechnicianService {

    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final Set<String> BUSY = Set.of(WorkOrderStatus.SCHEDULED.name(), WorkOrderStatus.DISPATCHED.name(),
            WorkOrderStatus.TRAVELLING.name(), WorkOrderStatus.ON_SITE.name());

    private final PluginContext context;
    private final FieldSettings settings;
    private final TechnicianAudit audit;

    public TechnicianService(PluginContext context, FieldSettings settings) {
        this.context = context;
        this.settings = settings;
        this.audit = new TechnicianAudit(context);
    }

    /**
     * Creates a technician's profile, or changes it when it exists; {@code technician.version()} must be the version
     * read, else nothing is written and {@link ConcurrentEditException} is thrown. The user must be active.
     */
    public void save(Technician technician) {
        context.security().requireRole(Role.MANAGER, "change a technician's profile");
        Technician clean = TechnicianRules.check(technician, context.staff().user(technician.userId()).isPresent());
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            FsdTechnicianRecord existing = tx.selectFrom(FSD_TECHNICIAN)
                    .where(FSD_TECHNICIAN.USER_ID.eq(clean.userId())).forUpdate().fetchOne();
            Instant now = context.clock().instant();
            if (existing == null) {
                FsdTechnicianRecord record = tx.newRecord(FSD_TECHNICIAN);
                write(record, clean, now);
                record.setUserId(clean.userId());
                record.insert();
                audit.record(tx, clean.userId(), "CREATED", TechnicianRules.describe(clean));
                return;
            }
            if (existing.getVersion() != clean.version()) {
                throw new ConcurrentEditException("Technician", clean.userId(), existing.getUpdatedAt(), "");
            }
            String changes = TechnicianRules.differences(map(existing, clean.name()), clean);
            if (changes.isEmpty()) {
                return;
            }
            write(existing, clean, now);
            existing.setVersion(existing.getVersion() + 1);
            existing.update();
            audit.record(tx, clean.userId(), "CHANGED", changes);
        });
    }

    /**
     * Removes a technician's profile and absences (the audit trail stays). Refused on the field {@code technician}
     * while visits are planned for them or under way: the dispatcher moves those first.
     */
    public void remove(long userId, int version) {
        context.security().requireRole(Role.MANAGER, "remove a technician");
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            FsdTechnicianRecord existing = tx.selectFrom(FSD_TECHNICIAN).where(FSD_TECHNICIAN.USER_ID.eq(userId))
                    .forUpdate().fetchOne();
            if (existing == null) {
                throw new NotFoundException("Technician", userId);
            }
            if (existing.getVersion() != version) {
                throw new ConcurrentEditException("Technician", userId, existing.getUpdatedAt(), "");
            }
            int open = tx.fetchCount(tx.selectOne().from(FSD_WORK_ORDER).where(FSD_WORK_ORDER.TECHNICIAN_ID.eq(userId),
                    FSD_WORK_ORDER.STATUS.in(BUSY)).limit(1000));
            if (open > 0) {
                throw new ValidationException(List.of(FieldError.of("technician", "fieldservice.error.technicianBusy",
                        open)));
            }
            existing.delete();
            audit.record(tx, userId, "REMOVED", TechnicianRules.describe(map(existing, "#" + userId)));
        });
    }

    /** Every technician whose user is still active, by name. */
    public List<Technician> all() {
        Map<Long, UserInfo> users = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, Function.identity()));
        return context.dsl().selectFrom(FSD_TECHNICIAN).fetch().stream()
                .filter(record -> users.containsKey(record.getUserId()))
                .map(record -> map(record, users.get(record.getUserId()).displayName()))
                .sorted(Comparator.comparing(Technician::name)).toList();
    }

    public Optional<Technician> find(long userId) {
        return Optional.ofNullable(context.dsl().selectFrom(FSD_TECHNICIAN).where(FSD_TECHNICIAN.USER_ID.eq(userId))
                .fetchOne()).map(record -> map(record, context.staff().user(userId).map(UserInfo::displayName)
                .orElse("#" + userId)));
    }

    /**
     * Records an absence; refused on its fields when a time is missing, it does not end after it starts, the reason
     * is too long, or it overlaps another absence of the technician. The planner keeps their visits out of it the
     * next time the day is planned.
     */
    public long addAbsence(long userId, Instant startsAt, Instant endsAt, String reason) {
        context.security().requireRole(Role.MANAGER, "record an absence");
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        TechnicianRules.checkAbsence(startsAt, endsAt, why);
        return context.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            if (tx.selectFrom(FSD_TECHNICIAN).where(FSD_TECHNICIAN.USER_ID.eq(userId)).forUpdate().fetchOne() == null) {
                throw new NotFoundException("Technician", userId);
            }
            FsdAbsenceRecord overlap = tx.selectFrom(FSD_ABSENCE).where(FSD_ABSENCE.USER_ID.eq(userId),
                    FSD_ABSENCE.STARTS_AT.lt(endsAt), FSD_ABSENCE.ENDS_AT.gt(startsAt)).limit(1).fetchOne();
            if (overlap != null) {
                throw new ValidationException(List.of(FieldError.of("startsAt", "fieldservice.error.absenceOverlap",
                        auditTime(overlap.getStartsAt()), auditTime(overlap.getEndsAt()))));
            }
            long id = tx.insertInto(FSD_ABSENCE).set(FSD_ABSENCE.USER_ID, userId).set(FSD_ABSENCE.STARTS_AT, startsAt)
                    .set(FSD_ABSENCE.ENDS_AT, endsAt).set(FSD_ABSENCE.REASON, why)
                    .returning(FSD_ABSENCE.ID).fetchOne().getId();
            audit.record(tx, userId, "ABSENCE_ADDED", describe(startsAt, endsAt, why));
            return id;
        });
    }

    /** Deletes an absence; the technician may be planned in that time again. */
    public void removeAbsence(long absenceId) {
        context.security().requireRole(Role.MANAGER, "delete an absence");
        context.dsl().transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            FsdAbsenceRecord absence = tx.selectFrom(FSD_ABSENCE).where(FSD_ABSENCE.ID.eq(absenceId)).forUpdate()
                    .fetchOne();
            if (absence == null) {
                throw new NotFoundException("Absence", absenceId);
            }
            absence.delete();
            audit.record(tx, absence.getUserId(), "ABSENCE_REMOVED",
                    describe(absence.getStartsAt(), absence.getEndsAt(), absence.getReason()));
        });
    }

    /** Absences that overlap {@code from..to}, of every technician. */
    public List<Absence> absences(Instant from, Instant to) {
        return context.dsl().selectFrom(FSD_ABSENCE).where(FSD_ABSENCE.STARTS_AT.lt(to), FSD_ABSENCE.ENDS_AT.gt(from))
                .fetch(TechnicianService::absence);
    }

    /** One technician's absences that end after {@code after}, the earliest first, at most {@code limit}. */
    public List<Absence> absencesOf(long userId, Instant after, int limit) {
        return context.dsl().selectFrom(FSD_ABSENCE)
                .where(FSD_ABSENCE.USER_ID.eq(userId), FSD_ABSENCE.ENDS_AT.gt(after))
                .orderBy(FSD_ABSENCE.STARTS_AT, FSD_ABSENCE.ID).limit(limit).fetch(TechnicianService::absence);
    }

    /** The technician's audit trail, newest first; {@code beforeId} pages on (0 for the first page). */
    public List<TechnicianChange> changes(long userId, long beforeId, int limit) {
        return audit.of(userId, beforeId, limit);
    }

    private String describe(Instant startsAt, Instant endsAt, String reason) {
        return auditTime(startsAt) + " \u2013 " + auditTime(endsAt) + " (" + settings.zone().getId() + ")"
                + (reason == null ? "" : ": " + reason);
    }

    private String auditTime(Instant instant) {
        return AUDIT_TIME.format(instant.atZone(settings.zone()));
    }

    private static void write(FsdTechnicianRecord record, Technician technician, Instant now) {
        record.setSkills(String.join(",", new TreeSet<>(technician.skills())));
        record.setHomeLabel(technician.homeLabel());
        record.setHomeLat(technician.home().lat());
        record.setHomeLon(technician.home().lon());
        record.setWorkStart(technician.workStart());
        record.setWorkEnd(technician.workEnd());
        record.setTerritory(technician.territory());
        record.setUpdatedAt(now);
    }

    private static Absence absence(FsdAbsenceRecord record) {
        return new Absence(record.getId(), record.getUserId(), record.getStartsAt(), record.getEndsAt(),
                record.getReason());
    }

    private static Technician map(FsdTechnicianRecord record, String name) {
        Set<String> skills = record.getSkills().isBlank() ? Set.of()
                : Arrays.stream(record.getSkills().split(",")).map(String::strip).collect(Collectors.toSet());
        return new Technician(record.getUserId(), name, skills, record.getHomeLabel(),
                new GeoPoint(record.getHomeLat(), record.getHomeLon()), record.getWorkStart(), record.getWorkEnd(),
                record.getTerritory(), record.getVersion());
    }
}
