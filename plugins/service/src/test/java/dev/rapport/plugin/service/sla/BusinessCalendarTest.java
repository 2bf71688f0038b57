package dev.rapport.plugin.service.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Due times a service desk would check by hand: nights, weekends, lunch, holidays and the two clock changes. */
class BusinessCalendarTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final BusinessCalendar office = BusinessCalendar.weekdays(BERLIN, WorkingWindow.of("09:00", "12:00"),
            WorkingWindow.of("13:00", "17:00"));

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void timeDoesNotRunOverTheNightTheWeekendOrLunch() {
        // Friday 16:00 plus 3 business hours: 1 h on Friday, Monday 09:00-11:00.
        assertThat(office.plus(at("2026-12-04T16:00", BERLIN), Duration.ofHours(3))).isEqualTo(at("2026-12-07T11:00", BERLIN));
        // Monday 11:30 plus 1 h: half an hour before lunch, half an hour after.
        assertThat(office.plus(at("2026-12-07T11:30", BERLIN), Duration.ofHours(1))).isEqualTo(at("2026-12-07T13:30", BERLIN));
        // Saturday counts from Monday's opening.
        assertThat(office.plus(at("2026-12-05T10:00", BERLIN), Duration.ofMinutes(30))).isEqualTo(at("2026-12-07T09:30", BERLIN));
        assertThat(office.between(at("2026-12-04T00:00", BERLIN), at("2026-12-08T00:00", BERLIN))).isEqualTo(Duration.ofHours(14));
    }

    @Test
    void holidaysAreSkipped() {
        BusinessCalendar christmas = office.withHolidays(Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)));
        // Wednesday 23 December 16:00 plus 2 h: 1 h on Wednesday, then Monday 28th (24th, 25th holidays, weekend).
        assertThat(christmas.plus(at("2026-12-23T16:00", BERLIN), Duration.ofHours(2))).isEqualTo(at("2026-12-28T10:00", BERLIN));
    }

    @Test
    void aWindowOverTheSpringChangeIsAnHourShorterAndOverTheAutumnChangeAnHourLonger() {
        BusinessCalendar nights = new BusinessCalendar(BERLIN, Map.of(DayOfWeek.SUNDAY, List.of(WorkingWindow.of("01:00", "04:00"))), Set.of());
        Instant spring = at("2026-03-29T00:00", BERLIN);
        Instant autumn = at("2026-10-25T00:00", BERLIN);
        assertThat(nights.between(spring, spring.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(2));
        assertThat(nights.between(autumn, autumn.plus(Duration.ofDays(1)))).isEqualTo(Duration.ofHours(4));
        // 90 minutes from 01:00 on the spring night: 01:00-02:00, then 03:00-03:30 (02:00-03:00 does not exist).
        assertThat(nights.plus(spring, Duration.ofMinutes(90))).isEqualTo(at("2026-03-29T03:30", BERLIN));
        // 150 minutes from 01:00 on the autumn night: 01:00-02:00 summer time, 02:00-03:00 twice: the second 02:30.
        assertThat(nights.plus(autumn, Duration.ofMinutes(150)))
                .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
    }

    @Test
    void aWorkingDayInNewYorkStartsAtNineLocalTimeOnBothSidesOfAChange() {
        BusinessCalendar desk = BusinessCalendar.weekdays(NEW_YORK, WorkingWindow.of("09:00", "17:00"));
        // Friday 6 March 2026 16:00 EST plus 2 h: Monday 9 March (after the change to EDT) 10:00 EDT = 14:00 UTC.
        assertThat(desk.plus(at("2026-03-06T16:00", NEW_YORK), Duration.ofHours(2))).isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
        // Friday 30 October 16:00 EDT plus 2 h: Monday 2 November (EST) 10:00 = 15:00 UTC.
        assertThat(desk.plus(at("2026-10-30T16:00", NEW_YORK), Duration.ofHours(2))).isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
    }

    @Test
    void aCalendarNeedsWorkingTimeAndWindowsThatDoNotOverlap() {
        assertThatThrownBy(() -> new BusinessCalendar(BERLIN, Map.of(), Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BusinessCalendar(BERLIN, Map.of(DayOfWeek.MONDAY,
                List.of(WorkingWindow.of("09:00", "12:00"), WorkingWindow.of("11:00", "13:00"))), Set.of()))
                .hasMessageContaining("overlap");
        assertThatThrownBy(() -> WorkingWindow.of("17:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> office.plus(Instant.EPOCH, Duration.ofHours(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongTargetOnASparseCalendarTakesAsManyWeeksAsItNeeds() {
        // Open one hour a week (Saturdays 02:30-03:30, UTC): 155 business hours end in the 155th week, over three years.
        BusinessCalendar sparse = new BusinessCalendar(ZoneId.of("UTC"),
                Map.of(DayOfWeek.SATURDAY, List.of(WorkingWindow.of("02:30", "03:30"))), Set.of());
        Instant saturday = Instant.parse("2026-12-05T02:30:00Z");
        assertThat(sparse.plus(saturday, Duration.ofHours(155)))
                .isEqualTo(saturday.plus(Duration.ofDays(7 * 154)).plus(Duration.ofHours(1)));
    }
}
