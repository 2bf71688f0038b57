package dev.rapport.sdk.extension;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days a KPI is computed for: from {@code start} up to, not including, {@code end}.
 *
 * @param start the first day
 * @param end the day after the last
 * @since 1.0.0
 */
public record ReportingPeriod(LocalDate start, LocalDate end) {

    /** Checks that the period holds at least one day. */
    public ReportingPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("The period must end after it starts: " + start + " to " + end);
        }
    }
}
