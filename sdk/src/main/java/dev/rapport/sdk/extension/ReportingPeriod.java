package dev.rapport.sdk.extension;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A span of days a KPI is computed for: from {@code start} up to, not including, {@code end}, the days counted in
 * {@code zone}.
 *
 * <p><b>Time zone:</b> a day begins at midnight in {@code zone}: the time zone of the person who looks at the
 * figures (the figures page passes the user's), or the company's for figures computed without a viewer. Count
 * records whose time lies in [{@link #startInstant()}, {@link #endInstant()}) so that a metric and the kernel's
 * figures beside it agree on which day a late-evening sale belongs to.
 *
 * <p><b>Departments:</b> a metric computed for a department counts what that department's members did or are
 * responsible for: records owned, handled or completed by a user who belongs to the department (the kernel's own
 * figures count customers by their owner, interactions by who recorded them, tasks by who completed them, revenue
 * by the customer's owner), or records assigned to the department itself (a department queue). Say in the metric's
 * description which of them it uses.
 *
 * @param start the first day
 * @param end the day after the last
 * @param zone the time zone the days are counted in
 * @since 1.0.0 ({@code zone}, {@link #startInstant()} and {@link #endInstant()} since 1.3.0)
 */
public record ReportingPeriod(LocalDate start, LocalDate end, ZoneId zone) {

    /**
     * Checks that the period holds at least one day.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     * @since 1.3.0
     */
    public ReportingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The period must end after it starts: " + start + " to " + end);
        }
    }

    /**
     * A period whose days are counted in UTC (what periods were before 1.3.0).
     *
     * @param start the first day
     * @param end the day after the last
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public ReportingPeriod(LocalDate start, LocalDate end) {
        this(start, end, ZoneOffset.UTC);
    }

    /**
     * The instant the period begins: midnight at the start of {@link #start()} in {@link #zone()}.
     *
     * @return the first instant in the period
     * @since 1.3.0
     */
    public Instant startInstant() {
        return start.atStartOfDay(zone).toInstant();
    }

    /**
     * The instant the period ends: midnight at the start of {@link #end()} in {@link #zone()}, not in the period.
     *
     * @return the first instant after the period
     * @since 1.3.0
     */
    public Instant endInstant() {
        return end.atStartOfDay(zone).toInstant();
    }
}
