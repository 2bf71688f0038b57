package dev.rapport.plugin.scorecard.model;

import dev.rapport.sdk.extension.ReportingPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/** The length of a scorecard period: calendar weeks (from Monday), months, quarters and years. */
public enum PeriodKind {
    WEEK,
    MONTH,
    QUARTER,
    YEAR;

    /** The first day of the period of this kind that contains {@code day}. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    /** The first day after the period starting on {@code start}. */
    public LocalDate endAfter(LocalDate start) {
        return plus(start, 1);
    }

    /** The start of the period {@code count} periods after (negative: before) the one starting on {@code start}. */
    public LocalDate plus(LocalDate start, int count) {
        return switch (this) {
            case WEEK -> start.plusWeeks(count);
            case MONTH -> start.plusMonths(count);
            case QUARTER -> start.plusMonths(3L * count);
            case YEAR -> start.plusYears(count);
        };
    }

    /** The period starting on {@code start}, its days bounded in {@code zone}. */
    public ReportingPeriod period(LocalDate start, ZoneId zone) {
        return new ReportingPeriod(start, endAfter(start), zone);
    }
}
