package dev.rapport.platform.calendar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarRangeTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 10, 1);

    @Test
    void aWeekStartsOnTheLocalesFirstDayAndAMonthCoversWholeWeeks() {
        CalendarRange week = new CalendarRange(CalendarRange.Mode.WEEK, THURSDAY, DayOfWeek.MONDAY);
        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 10, 4));
        assertThat(week.withMode(CalendarRange.Mode.WEEK).days()).hasSize(7);
        assertThat(new CalendarRange(CalendarRange.Mode.WEEK, THURSDAY, DayOfWeek.SUNDAY).first())
                .isEqualTo(LocalDate.of(2026, 9, 27));

        CalendarRange month = week.withMode(CalendarRange.Mode.MONTH);
        assertThat(month.first()).isEqualTo(LocalDate.of(2026, 9, 28));
        assertThat(month.last()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(month.days().size() % 7).isZero();
    }

    @Test
    void stepsByTheShownPeriod() {
        CalendarRange day = new CalendarRange(CalendarRange.Mode.DAY, THURSDAY, DayOfWeek.MONDAY);
        assertThat(day.next().first()).isEqualTo(THURSDAY.plusDays(1));
        assertThat(day.withMode(CalendarRange.Mode.WEEK).previous().anchor()).isEqualTo(THURSDAY.minusWeeks(1));
        CalendarRange january = new CalendarRange(CalendarRange.Mode.MONTH, LocalDate.of(2027, 1, 31), DayOfWeek.MONDAY);
        assertThat(january.next().anchor()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(january.previous().anchor()).isEqualTo(LocalDate.of(2026, 12, 1));
    }
}
