package dev.rapport.sdk.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDaysBeginAtMidnightInThePeriodsZoneAcrossAChangeToSummerTime() {
        ReportingPeriod march = new ReportingPeriod(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 4, 1), BERLIN);

        assertThat(march.startInstant()).isEqualTo(Instant.parse("2021-02-28T23:00:00Z"));
        // Summer time began on 28 March: April starts two hours before midnight UTC.
        assertThat(march.endInstant()).isEqualTo(Instant.parse("2021-03-31T22:00:00Z"));
    }

    @Test
    void aPeriodMadeWithoutAZoneCountsItsDaysInUtcAsBefore() {
        ReportingPeriod day = new ReportingPeriod(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 3, 2));

        assertThat(day.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(day.startInstant()).isEqualTo(Instant.parse("2021-03-01T00:00:00Z"));
        assertThat(day.endInstant()).isEqualTo(Instant.parse("2021-03-02T00:00:00Z"));
    }

    @Test
    void aPeriodHoldsAtLeastOneDay() {
        LocalDate day = LocalDate.of(2021, 3, 1);
        assertThatThrownBy(() -> new ReportingPeriod(day, day, BERLIN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReportingPeriod(day, day.plusDays(1), null)).isInstanceOf(NullPointerException.class);
    }
}
