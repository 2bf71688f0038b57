package dev.rapport.plugin.service.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When a service team works: windows per weekday, holidays (whole days off), all in the calendar's time zone.
 * Counts business time: adds a business duration to an instant (a due time) and measures the business time between
 * two instants. Windows are turned into instants day by day in the zone, so a day on which the clocks change has
 * the working time it really has: a window 01:00-04:00 is two hours long on the night the clocks go forward at
 * 02:00 and four on the night they go back at 03:00. A local time that does not exist (in the gap) is read as the
 * instant after the gap, and a repeated one as its first occurrence, as {@link ZonedDateTime#of} does; a day's
 * windows therefore always lie within that day, which is what lets both methods walk the calendar day by day.
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** How far ahead a due time is searched: a calendar that has no working day for so long is unusable. */
    private static final int MAX_DAYS_SEARCHED = 3 * 366;

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingWindow>> windows;
    private final Set<LocalDate> holidays;

    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingWindow>> windows, Set<LocalDate> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidays = Set.copyOf(holidays);
        EnumMap<DayOfWeek, List<WorkingWindow>> sorted = new EnumMap<>(DayOfWeek.class);
        windows.forEach((day, list) -> sorted.put(day, sortedWithoutOverlap(day, list)));
        if (sorted.values().stream().allMatch(List::isEmpty)) {
            throw new IllegalArgumentException("A business calendar needs at least one working window");
        }
        this.windows = sorted;
    }

    /** Every day, around the clock, in {@code zone}: business time is elapsed time. */
    public static BusinessCalendar allDay(ZoneId zone) {
        Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            windows.put(day, List.of(WorkingWindow.of("00:00", "00:00")));
        }
        return new BusinessCalendar(zone, windows, Set.of());
    }

    /** The same {@code hours} Monday to Friday, no holidays. */
    public static BusinessCalendar weekdays(ZoneId zone, WorkingWindow... hours) {
        Map<DayOfWeek, List<WorkingWindow>> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY) {
                windows.put(day, List.of(hours));
            }
        }
        return new BusinessCalendar(zone, windows, Set.of());
    }

    public BusinessCalendar withHolidays(Set<LocalDate> days) {
        return new BusinessCalendar(zone, windows, days);
    }

    public ZoneId zone() {
        return zone;
    }

    public Map<DayOfWeek, List<WorkingWindow>> windows() {
        return windows;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    /**
     * The instant at which {@code businessTime} of working time has passed after {@code start}. Zero gives
     * {@code start} itself; otherwise the result lies inside (or at the end of) a working window.
     */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time cannot be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration remaining = businessTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        // A long target on a sparse calendar may need years; only a long stretch without any working time is a fault.
        for (int idleDays = 0; idleDays < MAX_DAYS_SEARCHED; idleDays++, day = day.plusDays(1)) {
            for (Interval window : workingIntervals(day)) {
                Instant from = window.from().isAfter(start) ? window.from() : start;
                if (!from.isBefore(window.to())) {
                    continue;
                }
                idleDays = 0;
                Duration available = Duration.between(from, window.to());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("No working time for " + MAX_DAYS_SEARCHED + " days in a row after " + start);
    }

    /** The working time between {@code from} and {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval window : workingIntervals(day)) {
                Instant start = window.from().isAfter(from) ? window.from() : from;
                Instant end = window.to().isBefore(to) ? window.to() : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** Whether {@code instant} falls inside a working window. */
    public boolean isWorking(Instant instant) {
        for (Interval window : workingIntervals(instant.atZone(zone).toLocalDate())) {
            if (!instant.isBefore(window.from()) && instant.isBefore(window.to())) {
                return true;
            }
        }
        return false;
    }

    private List<Interval> workingIntervals(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        List<WorkingWindow> ofDay = windows.getOrDefault(day.getDayOfWeek(), List.of());
        List<Interval> intervals = new ArrayList<>(ofDay.size());
        for (WorkingWindow window : ofDay) {
            Instant from = ZonedDateTime.of(day, window.start(), zone).toInstant();
            Instant to = window.untilMidnight() ? day.plusDays(1).atStartOfDay(zone).toInstant()
                    : ZonedDateTime.of(day, window.end(), zone).toInstant();
            if (from.isBefore(to)) { // a window wholly inside a DST gap has no working time
                intervals.add(new Interval(from, to));
            }
        }
        return intervals;
    }

    private static List<WorkingWindow> sortedWithoutOverlap(DayOfWeek day, List<WorkingWindow> list) {
        List<WorkingWindow> sorted = list.stream().sorted(Comparator.comparing(WorkingWindow::start)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException("Working windows overlap on " + day + ": " + sorted.get(i - 1)
                        + " and " + sorted.get(i));
            }
        }
        return sorted;
    }

    private record Interval(Instant from, Instant to) {
    }
}
