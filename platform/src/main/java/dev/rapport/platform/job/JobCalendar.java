package dev.rapport.platform.job;

import dev.rapport.sdk.job.JobSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * When a job is next due. Counted from the start of its last run (or, before its first run, from when the platform
 * first saw it), never from "now": a job whose due time passed while the platform was down is due once, and after
 * that run its next time lies ahead again, so missed periods are not made up one by one.
 */
final class JobCalendar {

    private JobCalendar() {
    }

    /**
     * The next due time of {@code schedule}; empty for a job that runs only on demand.
     *
     * @param lastStart the start of the job's newest run, or null when it never ran
     * @param since when the platform first saw the job (its reference before the first run)
     * @param zone the company's time zone, for daily jobs
     */
    static Optional<Instant> nextDue(JobSchedule schedule, Instant lastStart, Instant since, ZoneId zone) {
        return switch (schedule) {
            case JobSchedule.OnDemand onDemand -> Optional.empty();
            case JobSchedule.Every every -> Optional.of(lastStart == null ? since : lastStart.plus(every.period()));
            case JobSchedule.Daily daily -> Optional.of(nextDaily(daily, lastStart == null ? since : lastStart, zone));
        };
    }

    /**
     * The first day's time strictly after {@code after}. Days are counted in the zone, so the time stays the wall
     * clock's across daylight saving: a time in the spring gap moves on by the gap's length (02:30 becomes 03:30),
     * a time the autumn repeats is due at its first occurrence only.
     */
    private static Instant nextDaily(JobSchedule.Daily daily, Instant after, ZoneId zone) {
        LocalDate day = after.atZone(zone).toLocalDate();
        Instant candidate = ZonedDateTime.of(day, daily.time(), zone).toInstant();
        while (!candidate.isAfter(after)) {
            day = day.plusDays(1);
            candidate = ZonedDateTime.of(day, daily.time(), zone).toInstant();
        }
        return candidate;
    }

    /** The schedule in words for the Jobs page, e.g. {@code daily 02:00 (Europe/Berlin)}. */
    static String describe(JobSchedule schedule, ZoneId zone) {
        return switch (schedule) {
            case JobSchedule.OnDemand onDemand -> "on demand";
            case JobSchedule.Every every -> "every " + every.period().toMinutes() + " min";
            case JobSchedule.Daily daily -> "daily " + daily.time() + " (" + zone.getId() + ")";
        };
    }
}
