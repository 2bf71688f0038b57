package dev.rapport.platform.calendar.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Stream;

/**
 * The days a calendar shows: one day, the week around {@code anchor} (starting on {@code firstDayOfWeek}), or the
 * weeks that cover {@code anchor}'s month (whole weeks, so the grid has no holes).
 */
public record CalendarRange(Mode mode, LocalDate anchor, DayOfWeek firstDayOfWeek) {

    /** How much the calendar shows at once. */
    public enum Mode { DAY, WEEK, MONTH }

    public LocalDate first() {
        return switch (mode) {
            case DAY -> anchor;
            case WEEK -> anchor.with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
            case MONTH -> anchor.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(firstDayOfWeek));
        };
    }

    public LocalDate last() {
        DayOfWeek lastDayOfWeek = firstDayOfWeek.minus(1);
        return switch (mode) {
            case DAY -> anchor;
            case WEEK -> first().plusDays(6);
            case MONTH -> anchor.with(TemporalAdjusters.lastDayOfMonth()).with(TemporalAdjusters.nextOrSame(lastDayOfWeek));
        };
    }

    /** Every day shown, in order. */
    public List<LocalDate> days() {
        return Stream.iterate(first(), day -> !day.isAfter(last()), day -> day.plusDays(1)).toList();
    }

    public CalendarRange previous() {
        return new CalendarRange(mode, step(-1), firstDayOfWeek);
    }

    public CalendarRange next() {
        return new CalendarRange(mode, step(1), firstDayOfWeek);
    }

    public CalendarRange withMode(Mode newMode) {
        return new CalendarRange(newMode, anchor, firstDayOfWeek);
    }

    public CalendarRange at(LocalDate day) {
        return new CalendarRange(mode, day, firstDayOfWeek);
    }

    private LocalDate step(int direction) {
        return switch (mode) {
            case DAY -> anchor.plusDays(direction);
            case WEEK -> anchor.plusWeeks(direction);
            case MONTH -> anchor.plusMonths(direction).withDayOfMonth(1);
        };
    }
}
