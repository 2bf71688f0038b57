package dev.rapport.platform.figures;

import dev.rapport.sdk.extension.ReportingPeriod;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/** The periods the figures page offers, relative to today in the user's time zone. */
public enum FigurePeriod {
    THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, THIS_YEAR, LAST_YEAR, LAST_30_DAYS, LAST_12_MONTHS;

    /** The days of this period seen from {@code today} in {@code zone}; a running period ends with today. */
    public ReportingPeriod of(LocalDate today, ZoneId zone) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate month = today.withDayOfMonth(1);
        LocalDate quarter = today.with(IsoFields.DAY_OF_QUARTER, 1);
        LocalDate year = today.withDayOfYear(1);
        return switch (this) {
            case THIS_MONTH -> new ReportingPeriod(month, tomorrow, zone);
            case LAST_MONTH -> new ReportingPeriod(month.minusMonths(1), month, zone);
            case THIS_QUARTER -> new ReportingPeriod(quarter, tomorrow, zone);
            case LAST_QUARTER -> new ReportingPeriod(quarter.minusMonths(3), quarter, zone);
            case THIS_YEAR -> new ReportingPeriod(year, tomorrow, zone);
            case LAST_YEAR -> new ReportingPeriod(year.minusYears(1), year, zone);
            case LAST_30_DAYS -> new ReportingPeriod(tomorrow.minusDays(30), tomorrow, zone);
            case LAST_12_MONTHS -> new ReportingPeriod(tomorrow.minusMonths(12), tomorrow, zone);
        };
    }

    /**
     * The period to compare {@code period} with: a running month, quarter or year against the same days of the
     * one before (1–23 November against 1–23 October), anything else against as many days just before it.
     */
    public ReportingPeriod previous(ReportingPeriod period) {
        return switch (this) {
            case THIS_MONTH, LAST_MONTH -> shifted(period, 1);
            case THIS_QUARTER, LAST_QUARTER -> shifted(period, 3);
            case THIS_YEAR, LAST_YEAR, LAST_12_MONTHS -> shifted(period, 12);
            case LAST_30_DAYS -> {
                long days = ChronoUnit.DAYS.between(period.start(), period.end());
                yield new ReportingPeriod(period.start().minusDays(days), period.start(), period.zone());
            }
        };
    }

    private static ReportingPeriod shifted(ReportingPeriod period, int months) {
        return new ReportingPeriod(period.start().minusMonths(months), period.end().minusMonths(months), period.zone());
    }
}
