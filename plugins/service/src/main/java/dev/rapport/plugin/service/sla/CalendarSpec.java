package dev.rapport.plugin.service.sla;

import java.time.DayOfWeek;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The stored form of a calendar's working windows: {@code MONDAY=09:00-12:00,13:00-17:00;TUESDAY=...}, a day
 * without windows left out; {@code 24:00} as an end means midnight. Also what administrators type per weekday
 * ({@code 09:00-12:00, 13:00-17:00}).
 */
public final class CalendarSpec {

    private CalendarSpec() {
    }

    public static Map<DayOfWeek, List<WorkingWindow>> parse(String spec) {
        Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
        if (spec == null || spec.isBlank()) {
            return windows;
        }
        for (String day : spec.split(";")) {
            String[] parts = day.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("Not a day's working windows: " + day);
            }
            windows.put(DayOfWeek.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)), parseDay(parts[1]));
        }
        return windows;
    }

    /** One day's windows as typed, e.g. {@code 09:00-12:00, 13:00-17:00}; blank: a day off. */
    public static List<WorkingWindow> parseDay(String text) {
        List<WorkingWindow> windows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return windows;
        }
        for (String window : text.split(",")) {
            String[] times = window.strip().split("-", 2);
            if (times.length != 2) {
                throw new IllegalArgumentException("Not a working window: " + window.strip());
            }
            try {
                windows.add(WorkingWindow.of(times[0].strip(), "24:00".equals(times[1].strip()) ? "00:00" : times[1].strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not a working window: " + window.strip(), e);
            }
        }
        return windows;
    }

    public static String format(Map<DayOfWeek, List<WorkingWindow>> windows) {
        StringJoiner days = new StringJoiner(";");
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingWindow> ofDay = windows.getOrDefault(day, List.of());
            if (!ofDay.isEmpty()) {
                days.add(day + "=" + formatDay(ofDay));
            }
        }
        return days.toString();
    }

    public static String formatDay(List<WorkingWindow> windows) {
        StringJoiner joiner = new StringJoiner(",");
        windows.forEach(window -> joiner.add(window.toString()));
        return joiner.toString();
    }
}
