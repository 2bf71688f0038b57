package dev.rapport.plugin.fieldservice.technician;

import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The checks of a technician's profile and absence, and the audit texts of a profile: pure functions. */
final class TechnicianRules {

    static final int SKILLS_LENGTH = 500;
    static final int LABEL_LENGTH = 200;
    static final int TERRITORY_LENGTH = 60;
    static final int REASON_LENGTH = 200;

    private TechnicianRules() {
    }

    /** The profile with its texts trimmed and skill codes in lower case, or every problem on its field. */
    static Technician check(Technician technician, boolean userExists) {
        List<FieldError> errors = new ArrayList<>();
        if (!userExists) {
            errors.add(FieldError.of("user", "fieldservice.error.noSuchUser"));
        }
        Set<String> skills = technician.skills().stream().map(skill -> skill.strip().toLowerCase(Locale.ROOT))
                .filter(skill -> !skill.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        if (String.join(",", skills).length() > SKILLS_LENGTH) {
            errors.add(FieldError.of("skills", "fieldservice.error.tooLong", SKILLS_LENGTH));
        }
        String label = technician.homeLabel() == null ? "" : technician.homeLabel().strip();
        if (label.isEmpty()) {
            errors.add(FieldError.of("homeLabel", "fieldservice.error.required"));
        } else if (label.length() > LABEL_LENGTH) {
            errors.add(FieldError.of("homeLabel", "fieldservice.error.tooLong", LABEL_LENGTH));
        }
        GeoPoint home = technician.home();
        if (home == null || !(Math.abs(home.lat()) <= 90) || !(Math.abs(home.lon()) <= 180)) {
            errors.add(FieldError.of("home", "fieldservice.error.coordinates"));
        }
        if (technician.workStart() == null || technician.workEnd() == null) {
            errors.add(FieldError.of(technician.workStart() == null ? "workStart" : "workEnd",
                    "fieldservice.error.required"));
        } else if (!technician.workEnd().isAfter(technician.workStart())) {
            errors.add(FieldError.of("workEnd", "fieldservice.error.hours"));
        }
        String territory = technician.territory() == null || technician.territory().isBlank() ? null
                : technician.territory().strip();
        if (territory != null && territory.length() > TERRITORY_LENGTH) {
            errors.add(FieldError.of("territory", "fieldservice.error.tooLong", TERRITORY_LENGTH));
        }
        ValidationException.throwIfAny(errors);
        return new Technician(technician.userId(), technician.name(), skills, label, home, technician.workStart(),
                technician.workEnd(), territory, technician.version());
    }

    static void checkAbsence(Instant startsAt, Instant endsAt, String reason) {
        List<FieldError> errors = new ArrayList<>();
        if (startsAt == null) {
            errors.add(FieldError.of("startsAt", "fieldservice.error.required"));
        }
        if (endsAt == null) {
            errors.add(FieldError.of("endsAt", "fieldservice.error.required"));
        } else if (startsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(FieldError.of("endsAt", "fieldservice.error.absenceEnd"));
        }
        if (reason != null && reason.length() > REASON_LENGTH) {
            errors.add(FieldError.of("reason", "fieldservice.error.tooLong", REASON_LENGTH));
        }
        ValidationException.throwIfAny(errors);
    }

    /** The whole profile in one line, for the audit trail. */
    static String describe(Technician technician) {
        return "skills: " + skills(technician) + "; home: " + home(technician) + "; hours: " + hours(technician)
                + "; territory: " + Objects.requireNonNullElse(technician.territory(), "\u2013");
    }

    /** What changed between two versions of a profile ("skills: a → a, b; ..."), empty when nothing did. */
    static String differences(Technician before, Technician after) {
        List<String> changes = new ArrayList<>();
        difference(changes, "skills", skills(before), skills(after));
        difference(changes, "home", home(before), home(after));
        difference(changes, "hours", hours(before), hours(after));
        difference(changes, "territory", Objects.requireNonNullElse(before.territory(), "\u2013"),
                Objects.requireNonNullElse(after.territory(), "\u2013"));
        return String.join("; ", changes);
    }

    private static void difference(List<String> changes, String name, String before, String after) {
        if (!before.equals(after)) {
            changes.add(name + ": " + before + " \u2192 " + after);
        }
    }

    private static String skills(Technician technician) {
        return technician.skills().isEmpty() ? "\u2013" : String.join(", ", new TreeSet<>(technician.skills()));
    }

    private static String home(Technician technician) {
        return technician.homeLabel() + " (" + technician.home().lat() + ", " + technician.home().lon() + ")";
    }

    private static String hours(Technician technician) {
        return technician.workStart() + "\u2013" + technician.workEnd();
    }
}
