package dev.rapport.plugin.service.sla;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Working hours within one day, in the calendar's local time: from {@code start} (inclusive) to {@code end}
 * (exclusive). An end of {@code 00:00} means the end of the day (midnight that follows), so {@code 00:00-00:00} is
 * the whole day.
 */
public record WorkingWindow(LocalTime start, LocalTime end) {

    public WorkingWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!endsAtMidnight(end) && !start.isBefore(end)) {
            throw new IllegalArgumentException("A working window must end after it starts: " + start + "-" + end);
        }
    }

    public static WorkingWindow of(String start, String end) {
        return new WorkingWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Whether the window runs to the end of its day. */
    public boolean untilMidnight() {
        return endsAtMidnight(end);
    }

    /** Whether this window and {@code other} share any time of the day. */
    boolean overlaps(WorkingWindow other) {
        return start.isBefore(other.endOrMax()) && other.start.isBefore(endOrMax());
    }

    private LocalTime endOrMax() {
        return untilMidnight() ? LocalTime.MAX : end;
    }

    private static boolean endsAtMidnight(LocalTime time) {
        return time.equals(LocalTime.MIDNIGHT);
    }

    @Override
    public String toString() {
        return start + "-" + (untilMidnight() ? "24:00" : end.toString());
    }
}
