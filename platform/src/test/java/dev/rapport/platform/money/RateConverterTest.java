package dev.rapport.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The conversion rules with rates as the ECB published them for the first week of 2024 (per 1 EUR); every expected
 * amount is worked out by hand in the comment beside it.
 */
class RateConverterTest {

    private static final LocalDate THU = LocalDate.of(2024, 1, 4);
    private static final LocalDate FRI = LocalDate.of(2024, 1, 5);

    private final Map<String, NavigableMap<LocalDate, BigDecimal>> stored = new HashMap<>();
    private String reporting = "EUR";
    private final RateConverter converter = new RateConverter(
            (base, quote, date) -> RateSource.ifRecent(stored.getOrDefault(base + quote, new TreeMap<>()).floorEntry(date), date),
            () -> reporting);

    RateConverterTest() {
        rate(THU, "EUR", "USD", "1.0953");
        rate(FRI, "EUR", "USD", "1.0921");
        rate(FRI, "EUR", "GBP", "0.8603");
        rate(FRI, "EUR", "JPY", "158.32");
        rate(FRI, "EUR", "KWD", "0.3365");
    }

    private void rate(LocalDate date, String base, String quote, String rate) {
        stored.computeIfAbsent(base + quote, pair -> new TreeMap<>()).put(date, new BigDecimal(rate));
    }

    private Conversion convert(String amount, String from, String to, LocalDate date) {
        return converter.convert(new BigDecimal(amount), from, to, date);
    }

    private static Conversion.Converted converted(String amount, String currency, String rate, LocalDate rateDate) {
        return new Conversion.Converted(new Money(new BigDecimal(amount), currency), new BigDecimal(rate), rateDate);
    }

    @Test
    void aDirectRateMultiplies() {
        // 100 × 1.0921 = 109.21
        assertThat(convert("100", "EUR", "USD", FRI)).isEqualTo(converted("109.21", "USD", "1.0921", FRI));
        // The day before has its own rate: 100 × 1.0953 = 109.53
        assertThat(convert("100", "EUR", "USD", THU)).isEqualTo(converted("109.53", "USD", "1.0953", THU));
    }

    @Test
    void anInverseRateDividesAndRoundsOnceAtTheEnd() {
        // 50 ÷ 1.0921 = 45.78335… → 45.78
        Conversion conversion = convert("50", "USD", "EUR", FRI);
        assertThat(conversion).isInstanceOf(Conversion.Converted.class);
        Conversion.Converted result = (Conversion.Converted) conversion;
        assertThat(result.money()).isEqualTo(new Money(new BigDecimal("45.78"), "EUR"));
        // 1 ÷ 1.0921 = 0.915667063456… (12 significant digits, for display)
        assertThat(result.rate()).isEqualByComparingTo("0.915667063456");
        // 109.21 ÷ 1.0921 = 100 exactly
        assertThat(((Conversion.Converted) convert("109.21", "USD", "EUR", FRI)).money().amount()).isEqualTo("100.00");
    }

    @Test
    void aCrossRateGoesThroughTheReportingCurrencyAndIsDatedByItsOlderRate() {
        // USD→GBP: neither stored nor inverse; through EUR: 100 ÷ 1.0921 × 0.8603 = 78.77483… → 78.77
        assertThat(convert("100", "USD", "GBP", FRI)).isEqualTo(converted("78.77", "GBP", "0.787748374691", FRI));
        // Saturday 6 January: both rates are Friday's
        assertThat(convert("100", "USD", "GBP", FRI.plusDays(1))).isEqualTo(converted("78.77", "GBP", "0.787748374691", FRI));
        // A GBP rate of Thursday only would date the cross rate Thursday: 100 ÷ 1.0921 × 0.8600 = 78.74736… → 78.75
        stored.get("EURGBP").clear();
        rate(THU, "EUR", "GBP", "0.8600");
        assertThat(convert("100", "USD", "GBP", FRI)).isEqualTo(converted("78.75", "GBP", "0.787473674572", THU));
    }

    @Test
    void theReportingCurrencyIsTriedAsAPivotBeforeTheEuro() {
        rate(FRI, "USD", "SEK", "10.5");
        // EUR→SEK through EUR itself is no route: the euro is one side of the pair.
        assertThat(convert("100", "EUR", "SEK", FRI)).isEqualTo(new Conversion.MissingRate("EUR", "SEK", FRI));

        reporting = "USD";
        // 100 × 1.0921 × 10.5 = 1146.705 → 1146.71 (half up; half even would give 1146.70)
        assertThat(convert("100", "EUR", "SEK", FRI)).isEqualTo(converted("1146.71", "SEK", "11.46705", FRI));
    }

    @Test
    void aRateIsUsedUpToSevenDaysLaterNeverEarlierNorOlder() {
        // Friday's rate covers the weekend and the week after, up to Friday 12 January.
        assertThat(convert("100", "EUR", "GBP", FRI.plusDays(7))).isEqualTo(converted("86.03", "GBP", "0.8603", FRI));
        assertThat(convert("100", "EUR", "GBP", FRI.plusDays(8)))
                .isEqualTo(new Conversion.MissingRate("EUR", "GBP", FRI.plusDays(8)));
        // Before the first rate there is none: a later rate is never used.
        assertThat(convert("100", "EUR", "GBP", THU)).isEqualTo(new Conversion.MissingRate("EUR", "GBP", THU));
        assertThat(convert("100", "EUR", "GBP", THU).toString()).isEqualTo("no rate for EUR→GBP on or before 2024-01-04");
    }

    @Test
    void aPairWithoutAnyRouteIsAMissingRateNotZero() {
        Conversion conversion = convert("250", "CHF", "USD", FRI);
        assertThat(conversion.converted()).isFalse();
        assertThat(conversion).isEqualTo(new Conversion.MissingRate("CHF", "USD", FRI));
    }

    @Test
    void amountsAreRoundedHalfUpToTheTargetCurrencysMinorUnits() {
        // Yen have none: 10.01 × 158.32 = 1584.7832 → 1585
        assertThat(convert("10.01", "EUR", "JPY", FRI)).isEqualTo(converted("1585", "JPY", "158.32", FRI));
        // Kuwaiti dinars have three: 100 × 0.3365 = 33.650
        assertThat(convert("100", "EUR", "KWD", FRI)).isEqualTo(converted("33.650", "KWD", "0.3365", FRI));
        // The same currency is only rounded, half away from zero.
        assertThat(convert("0.125", "EUR", "EUR", FRI)).isEqualTo(converted("0.13", "EUR", "1", FRI));
        assertThat(convert("-0.125", "EUR", "EUR", FRI)).isEqualTo(converted("-0.13", "EUR", "1", FRI));
    }

    @Test
    void anUnknownCurrencyCodeIsAProgrammingError() {
        assertThatThrownBy(() -> convert("1", "EUR", "XYZ", FRI)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> convert("1", "eur", "USD", FRI)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Optional.of(converter.reportingCurrency())).contains("EUR");
    }
}
