package ${package};

import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** The plugin's rules, apart from storage and screens so that plain unit tests pin them. */
public final class VisitRules {

    /** The longest note a visit keeps. */
    public static final int MAX_NOTE = 2000;

    /** Working days between a customer's creation and the welcome visit. */
    static final int WELCOME_AFTER_WORKING_DAYS = 5;

    private VisitRules() {
    }

    /** The day of a new customer's welcome visit: five working days (Monday to Friday) after {@code created}. */
    public static LocalDate welcomeVisitDay(LocalDate created) {
        LocalDate day = created;
        int added = 0;
        while (added < WELCOME_AFTER_WORKING_DAYS) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                added++;
            }
        }
        return day;
    }

    /**
     * A visit's note as stored: trimmed, required, at most {@link #MAX_NOTE} characters.
     *
     * @throws ValidationException naming the field {@code note} and the text to show on it
     */
    public static String note(String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of("note", "${pluginId}.note.required")));
        }
        if (note.length() > MAX_NOTE) {
            throw new ValidationException(List.of(FieldError.of("note", "${pluginId}.note.tooLong", MAX_NOTE)));
        }
        return note;
    }

    /**
     * The day of a visit being recorded: not in the future (as seen in the user's {@code today}).
     *
     * @throws ValidationException naming the field {@code day}
     */
    public static LocalDate visitDay(LocalDate day, LocalDate today) {
        if (day == null) {
            throw new ValidationException(List.of(FieldError.of("day", "${pluginId}.day.required")));
        }
        if (day.isAfter(today)) {
            throw new ValidationException(List.of(FieldError.of("day", "${pluginId}.day.future")));
        }
        return day;
    }
}
