package dev.rapport.sdk.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Money takes an ISO 4217 code in upper case only; a missing rate reads as what it is. */
class MoneyTest {

    @Test
    void takesOnlyIso4217CodesInUpperCase() {
        assertThat(Money.of("12.50", "EUR")).isEqualTo(new Money(new BigDecimal("12.50"), "EUR"));
        assertThatThrownBy(() -> Money.of("1", "eur")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Money.of("1", "XYZ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(null, "EUR")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aMissingRateSaysWhichPairAndDay() {
        Conversion missing = new Conversion.MissingRate("USD", "JPY", LocalDate.of(2026, 3, 1));
        assertThat(missing.converted()).isFalse();
        assertThat(missing).hasToString("no rate for USD→JPY on or before 2026-03-01");
    }
}
