package dev.rapport.plugin.fieldservice.maintenance;

import dev.rapport.plugin.fieldservice.schedule.solver.GeoPoint;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks a plan passes before it is stored, each failure on its field. The duration follows the work orders' rule
 * (5 minutes to 12 hours), since every visit of the plan becomes one.
 */
final class PlanRules {

    static final int TITLE_LENGTH = 200;
    static final int ADDRESS_LENGTH = 300;
    static final int SKILLS_LENGTH = 500;
    static final int MIN_DURATION = 5;
    static final int MAX_DURATION = 12 * 60;

    private PlanRules() {
    }

    /** The draft with its texts trimmed and skill codes in lower case, or every problem on its field. */
    static PlanDraft check(PlanDraft draft, boolean customerExists) {
        List<FieldError> errors = new ArrayList<>();
        if (!customerExists) {
            errors.add(FieldError.of("customer", "fieldservice.error.required"));
        }
        String title = text(draft.title(), "title", TITLE_LENGTH, errors);
        String address = text(draft.siteAddress(), "siteAddress", ADDRESS_LENGTH, errors);
        GeoPoint site = draft.site();
        if (site == null || !(Math.abs(site.lat()) <= 90) || !(Math.abs(site.lon()) <= 180)) {
            errors.add(FieldError.of("site", "fieldservice.error.coordinates"));
        }
        Set<String> skills = draft.skills().stream().map(skill -> skill.strip().toLowerCase(Locale.ROOT))
                .filter(skill -> !skill.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
        if (String.join(",", skills).length() > SKILLS_LENGTH) {
            errors.add(FieldError.of("skills", "fieldservice.error.tooLong", SKILLS_LENGTH));
        }
        if (draft.durationMinutes() < MIN_DURATION || draft.durationMinutes() > MAX_DURATION) {
            errors.add(FieldError.of("duration", "fieldservice.error.duration"));
        }
        if (draft.intervalDays() < 1) {
            errors.add(FieldError.of("interval", "fieldservice.error.interval"));
        }
        if (draft.nextDue() == null) {
            errors.add(FieldError.of("nextDue", "fieldservice.error.required"));
        }
        ValidationException.throwIfAny(errors);
        return new PlanDraft(draft.customerId(), title, address, site, skills, draft.durationMinutes(),
                draft.intervalDays(), draft.nextDue());
    }

    private static String text(String value, String field, int max, List<FieldError> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.add(FieldError.of(field, "fieldservice.error.required"));
        } else if (stripped.length() > max) {
            errors.add(FieldError.of(field, "fieldservice.error.tooLong", max));
        }
        return stripped;
    }
}
