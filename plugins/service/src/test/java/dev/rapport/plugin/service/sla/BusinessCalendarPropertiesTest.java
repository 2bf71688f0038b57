package dev.rapport.plugin.service.sla;

import static dev.rapport.plugin.service.sla.SlaGenerators.allDayCalendars;
import static dev.rapport.plugin.service.sla.SlaGenerators.calendars;
import static dev.rapport.plugin.service.sla.SlaGenerators.durations;
import static dev.rapport.plugin.service.sla.SlaGenerators.instants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * What must hold for every calendar, start and business duration: the due time is exactly the business time away,
 * lies in working time, never on a holiday, and adding in steps gives the same due time as adding at once; in
 * zones with daylight saving time both ways, on the days of the change and around them.
 */
class BusinessCalendarPropertiesTest {

    @Test
    void theBusinessTimeUpToTheDueTimeIsExactlyTheDurationAdded() {
        qt().forAll(calendars(), instants(), durations()).checkAssert((calendar, start, duration) ->
                assertThat(calendar.between(start, calendar.plus(start, duration))).isEqualTo(duration));
    }

    @Test
    void aDueTimeFallsInWorkingTimeAndNeverOnAHoliday() {
        qt().forAll(calendars(), instants(), durations()).assuming((calendar, start, duration) -> !duration.isZero())
                .checkAssert((calendar, start, duration) -> {
                    Instant lastCountedMoment = calendar.plus(start, duration).minusNanos(1);
                    assertThat(calendar.isWorking(lastCountedMoment)).isTrue();
                    LocalDate day = lastCountedMoment.atZone(calendar.zone()).toLocalDate();
                    assertThat(calendar.holidays()).doesNotContain(day);
                });
    }

    @Test
    void addingInTwoStepsGivesTheSameDueTimeAsAddingAtOnce() {
        qt().forAll(calendars(), instants(), durations(), durations()).checkAssert((calendar, start, first, second) ->
                assertThat(calendar.plus(calendar.plus(start, first), second))
                        .isEqualTo(calendar.plus(start, first.plus(second))));
    }

    @Test
    void moreBusinessTimeIsNeverDueEarlier() {
        qt().forAll(calendars(), instants(), durations(), durations()).checkAssert((calendar, start, a, b) -> {
            Duration shorter = a.compareTo(b) <= 0 ? a : b;
            Duration longer = a.compareTo(b) <= 0 ? b : a;
            assertThat(calendar.plus(start, shorter)).isBeforeOrEqualTo(calendar.plus(start, longer));
        });
    }

    @Test
    void businessTimeOfAnIntervalIsTheSumOfItsParts() {
        qt().forAll(calendars(), instants(), durations(), durations()).checkAssert((calendar, from, a, b) -> {
            Instant middle = from.plus(a);
            Instant to = middle.plus(b);
            assertThat(calendar.between(from, to)).isEqualTo(calendar.between(from, middle).plus(calendar.between(middle, to)));
            assertThat(calendar.between(from, to)).isLessThanOrEqualTo(Duration.between(from, to));
        });
    }

    @Test
    void aroundTheClockBusinessTimeIsElapsedTimeWhateverTheClockChanges() {
        qt().forAll(allDayCalendars(), instants(), durations()).checkAssert((calendar, start, duration) -> {
            assertThat(calendar.plus(start, duration)).isEqualTo(start.plus(duration));
            assertThat(calendar.between(start, start.plus(duration))).isEqualTo(duration);
        });
    }

    @Test
    void aHolidayHasNoBusinessTime() {
        qt().forAll(calendars()).assuming(calendar -> !calendar.holidays().isEmpty()).checkAssert(calendar -> {
            for (LocalDate holiday : calendar.holidays()) {
                Instant from = holiday.atStartOfDay(calendar.zone()).toInstant();
                Instant to = holiday.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
                assertThat(calendar.between(from, to)).as(holiday.toString()).isZero();
            }
        });
    }
}
