package dev.rapport.plugin.service.sla;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quicktheories.core.Gen;

/**
 * Generators for the SLA properties: calendars in time zones with daylight saving time both ways (and without),
 * with lunch breaks, weekends, night windows that cross the usual switching hour, whole days, and holidays; start
 * instants spread over two years and clustered around the zones' clock changes.
 */
final class SlaGenerators {

    static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Berlin"),
            ZoneId.of("America/New_York"), ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Pacific/Chatham"), ZoneId.of("America/Santiago"));

    /** Day patterns a calendar is made of; the first is a day off. */
    private static final List<List<WorkingWindow>> DAY_PATTERNS = List.of(
            List.of(),
            List.of(WorkingWindow.of("09:00", "17:00")),
            List.of(WorkingWindow.of("08:00", "12:00"), WorkingWindow.of("13:00", "17:30")),
            List.of(WorkingWindow.of("00:00", "00:00")),
            List.of(WorkingWindow.of("01:00", "04:00"), WorkingWindow.of("08:30", "16:45")),
            List.of(WorkingWindow.of("07:15", "11:00"), WorkingWindow.of("22:00", "00:00")),
            List.of(WorkingWindow.of("02:30", "03:30")));

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("2027-12-31T00:00:00Z");

    private SlaGenerators() {
    }

    static Gen<BusinessCalendar> calendars() {
        Gen<List<Integer>> days = lists().of(integers().between(0, DAY_PATTERNS.size() - 1)).ofSize(7);
        Gen<List<Integer>> holidayOffsets = lists().of(integers().between(0, 729)).ofSizeBetween(0, 40);
        return arbitrary().pick(ZONES).zip(days, holidayOffsets, SlaGenerators::calendar)
                .describedAs(SlaGenerators::describe);
    }

    /** Around-the-clock calendars without holidays, where business time is elapsed time. */
    static Gen<BusinessCalendar> allDayCalendars() {
        return arbitrary().pick(ZONES).map(zone -> BusinessCalendar.allDay(zone)).describedAs(SlaGenerators::describe);
    }

    /** Instants over 2026-2027, half of them within three days of a clock change of one of the zones. */
    static Gen<Instant> instants() {
        Gen<Instant> anywhere = longs().between(FIRST.getEpochSecond(), LAST.getEpochSecond()).map(seconds -> Instant.ofEpochSecond(seconds));
        List<Instant> changes = clockChanges();
        Gen<Instant> nearChange = arbitrary().pick(changes).zip(longs().between(-3 * 86_400, 3 * 86_400),
                (change, offset) -> change.plusSeconds(offset));
        return anywhere.mix(nearChange, 50);
    }

    /** Business durations from zero to ten days, in seconds. */
    static Gen<Duration> durations() {
        return longs().between(0, 10 * 86_400).map(seconds -> Duration.ofSeconds(seconds));
    }

    private static BusinessCalendar calendar(ZoneId zone, List<Integer> dayPatterns, List<Integer> holidayOffsets) {
        Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.put(day, DAY_PATTERNS.get(dayPatterns.get(day.ordinal())));
        }
        if (windows.values().stream().allMatch(List::isEmpty)) {
            windows.put(DayOfWeek.MONDAY, DAY_PATTERNS.get(1));
        }
        Set<LocalDate> holidays = new HashSet<>();
        LocalDate firstDay = LocalDate.of(2026, 1, 1);
        holidayOffsets.forEach(offset -> holidays.add(firstDay.plusDays(offset)));
        return new BusinessCalendar(zone, windows, holidays);
    }

    private static List<Instant> clockChanges() {
        List<Instant> changes = new ArrayList<>();
        for (ZoneId zone : ZONES) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(FIRST);
            while (next != null && next.getInstant().isBefore(LAST)) {
                changes.add(next.getInstant());
                next = zone.getRules().nextTransition(next.getInstant());
            }
        }
        return changes;
    }

    static String describe(BusinessCalendar calendar) {
        return calendar.zone() + " " + calendar.windows() + " holidays " + calendar.holidays().stream().sorted().toList();
    }
}
