package dev.rapport.platform.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.job.JobSchedule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class JobCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant SEEN = Instant.parse("2026-03-27T12:00:00Z");

    @Test
    void aDailyJobRunsAtTheWallClockTimeAcrossTheSpringAndAutumnChange() {
        JobSchedule nightly = JobSchedule.daily(LocalTime.of(2, 0));
        // Saturday 28 March 2026 at 02:00 CET is 01:00 UTC.
        Instant saturday = JobCalendar.nextDue(nightly, null, SEEN, BERLIN).orElseThrow();
        assertThat(saturday).isEqualTo(Instant.parse("2026-03-28T01:00:00Z"));
        // Sunday 29 March skips 02:00-03:00: the run moves on by the gap, to 03:00 CEST (01:00 UTC).
        Instant sunday = JobCalendar.nextDue(nightly, saturday.plusSeconds(3), SEEN, BERLIN).orElseThrow();
        assertThat(sunday).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        // Monday at 02:00 CEST is 00:00 UTC: 23 hours after Sunday's run.
        Instant monday = JobCalendar.nextDue(nightly, sunday, SEEN, BERLIN).orElseThrow();
        assertThat(monday).isEqualTo(Instant.parse("2026-03-30T00:00:00Z"));

        JobSchedule repeated = JobSchedule.daily(LocalTime.of(2, 30));
        // 25 October 2026 repeats 02:00-03:00: due at the first 02:30 (CEST, 00:30 UTC), not again an hour later.
        Instant first = JobCalendar.nextDue(repeated, Instant.parse("2026-10-24T00:30:00Z"), SEEN, BERLIN).orElseThrow();
        assertThat(first).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(JobCalendar.nextDue(repeated, first.plusSeconds(1), SEEN, BERLIN).orElseThrow())
                .isEqualTo(Instant.parse("2026-10-26T01:30:00Z"));
    }

    @Test
    void aPeriodicJobIsDueAtOnceFirstThenOnePeriodAfterItsLastStart() {
        JobSchedule fiveMinutes = JobSchedule.every(Duration.ofMinutes(5));
        assertThat(JobCalendar.nextDue(fiveMinutes, null, SEEN, BERLIN)).contains(SEEN);
        Instant lastStart = SEEN.plusSeconds(7);
        assertThat(JobCalendar.nextDue(fiveMinutes, lastStart, SEEN, BERLIN)).contains(lastStart.plusSeconds(300));
    }

    @Test
    void missedRunsAreDueOnceAndTheNextLiesAheadOfThatRun() {
        JobSchedule nightly = JobSchedule.daily(LocalTime.of(2, 0));
        Instant lastStart = Instant.parse("2026-06-01T00:00:00Z");
        Instant restartedDaysLater = Instant.parse("2026-06-05T09:00:00Z");
        Instant due = JobCalendar.nextDue(nightly, lastStart, SEEN, BERLIN).orElseThrow();
        assertThat(due).isBefore(restartedDaysLater);

        Instant next = JobCalendar.nextDue(nightly, restartedDaysLater, SEEN, BERLIN).orElseThrow();
        assertThat(next).as("after the one catch-up run").isEqualTo(Instant.parse("2026-06-06T00:00:00Z"));

        JobSchedule hourly = JobSchedule.every(Duration.ofHours(1));
        assertThat(JobCalendar.nextDue(hourly, restartedDaysLater, SEEN, BERLIN))
                .contains(restartedDaysLater.plus(Duration.ofHours(1)));
    }

    @Test
    void anOnDemandJobIsNeverDueAndAPeriodUnderAMinuteIsRefused() {
        assertThat(JobCalendar.nextDue(JobSchedule.onDemand(), null, SEEN, BERLIN)).isEmpty();
        assertThatThrownBy(() -> JobSchedule.every(Duration.ofSeconds(59))).isInstanceOf(IllegalArgumentException.class);
    }
}
