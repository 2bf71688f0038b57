package dev.rapport.plugin.fieldservice.technician;

import static dev.rapport.plugin.fieldservice.db.Tables.FSD_ABSENCE;
import static dev.rapport.plugin.fieldservice.db.Tables.FSD_TECHNICIAN;

import dev.rapport.plugin.fieldservice.db.tables.records.FsdTechnicianRecord;
import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.UserInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The technicians' profiles and absences. Thread-safe. */
public final class TechnicianService {

    private final PluginContext context;

    public TechnicianService(PluginContext context) {
        this.context = context;
    }

    /** Creates or replaces a technician's profile; the user must exist. */
    public void save(Technician technician) {
        List<FieldError> errors = new ArrayList<>();
        if (context.staff().user(technician.userId()).isEmpty()) {
            errors.add(FieldError.of("user", "fieldservice.error.noSuchUser"));
        }
        if (!technician.workEnd().isAfter(technician.workStart())) {
            errors.add(FieldError.of("workEnd", "fieldservice.error.hours"));
        }
        if (Math.abs(technician.home().lat()) > 90 || Math.abs(technician.home().lon()) > 180) {
            errors.add(FieldError.of("home", "fieldservice.error.coordinates"));
        }
        ValidationException.throwIfAny(errors);
        Instant now = context.clock().instant();
        context.dsl().insertInto(FSD_TECHNICIAN)
                .set(FSD_TECHNICIAN.USER_ID, technician.userId())
                .set(FSD_TECHNICIAN.SKILLS, String.join(",", technician.skills()))
                .set(FSD_TECHNICIAN.HOME_LABEL, technician.homeLabel())
                .set(FSD_TECHNICIAN.HOME_LAT, technician.home().lat())
                .set(FSD_TECHNICIAN.HOME_LON, technician.home().lon())
                .set(FSD_TECHNICIAN.WORK_START, technician.workStart())
                .set(FSD_TECHNICIAN.WORK_END, technician.workEnd())
                .set(FSD_TECHNICIAN.TERRITORY, technician.territory())
                .set(FSD_TECHNICIAN.UPDATED_AT, now)
                .onDuplicateKeyUpdate()
                .set(FSD_TECHNICIAN.SKILLS, String.join(",", technician.skills()))
                .set(FSD_TECHNICIAN.HOME_LABEL, technician.homeLabel())
                .set(FSD_TECHNICIAN.HOME_LAT, technician.home().lat())
                .set(FSD_TECHNICIAN.HOME_LON, technician.home().lon())
                .set(FSD_TECHNICIAN.WORK_START, technician.workStart())
                .set(FSD_TECHNICIAN.WORK_END, technician.workEnd())
                .set(FSD_TECHNICIAN.TERRITORY, technician.territory())
                .set(FSD_TECHNICIAN.UPDATED_AT, now)
                .set(FSD_TECHNICIAN.VERSION, FSD_TECHNICIAN.VERSION.plus(1))
                .execute();
    }

    /** Every technician whose user is still active, by name. */
    public List<Technician> all() {
        Map<Long, UserInfo> users = context.staff().activeUsers().stream()
                .collect(Collectors.toMap(UserInfo::id, Function.identity()));
        return context.dsl().selectFrom(FSD_TECHNICIAN).fetch().stream()
                .filter(record -> users.containsKey(record.getUserId()))
                .map(record -> map(record, users.get(record.getUserId()).displayName()))
                .sorted(java.util.Comparator.comparing(Technician::name)).toList();
    }

    public Optional<Technician> find(long userId) {
        return Optional.ofNullable(context.dsl().selectFrom(FSD_TECHNICIAN).where(FSD_TECHNICIAN.USER_ID.eq(userId))
                .fetchOne()).map(record -> map(record, context.staff().user(userId).map(UserInfo::displayName)
                .orElse("#" + userId)));
    }

    public long addAbsence(long userId, Instant startsAt, Instant endsAt, String reason) {
        if (!endsAt.isAfter(startsAt)) {
            throw new ValidationException(List.of(FieldError.of("endsAt", "fieldservice.error.absenceEnd")));
        }
        return context.dsl().insertInto(FSD_ABSENCE).set(FSD_ABSENCE.USER_ID, userId)
                .set(FSD_ABSENCE.STARTS_AT, startsAt).set(FSD_ABSENCE.ENDS_AT, endsAt).set(FSD_ABSENCE.REASON, reason)
                .returning(FSD_ABSENCE.ID).fetchOne().getId();
    }

    /** Absences that overlap {@code from..to}, of every technician. */
    public List<Absence> absences(Instant from, Instant to) {
        return context.dsl().selectFrom(FSD_ABSENCE).where(FSD_ABSENCE.STARTS_AT.lt(to), FSD_ABSENCE.ENDS_AT.gt(from))
                .fetch(record -> new Absence(record.getId(), record.getUserId(), record.getStartsAt(),
                        record.getEndsAt(), record.getReason()));
    }

    private static Technician map(FsdTechnicianRecord record, String name) {
        Set<String> skills = record.getSkills().isBlank() ? Set.of()
                : Arrays.stream(record.getSkills().split(",")).map(String::strip).collect(Collectors.toSet());
        return new Technician(record.getUserId(), name, skills, record.getHomeLabel(),
                new GeoPoint(record.getHomeLat(), record.getHomeLon()), record.getWorkStart(), record.getWorkEnd(),
                record.getTerritory(), record.getVersion());
    }
}
