package dev.rapport.platform.money;

import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The demo's rates: the same every time, every working day of six years up to the demo's present, near its fixed rates. */
class DemoExchangeRatesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    private final Kernel kernel = new Kernel();

    @AfterEach
    void noRates() {
        kernel.dsl.deleteFrom(EXCHANGE_RATE).execute();
    }

    @Test
    void seededRatesConvertTheDemosCurrenciesIntoTheReportingCurrency() {
        kernel.dsl.deleteFrom(EXCHANGE_RATE).execute();
        DemoExchangeRates.seed(kernel.dsl, NOW);

        assertThat(kernel.dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(DemoExchangeRates.rates(NOW).size());
        // A Sunday three years back converts at the Friday before; pounds to francs cross through the euro.
        LocalDate sunday = LocalDate.of(2023, 12, 3);
        for (String currency : List.of("USD", "GBP", "CHF", "SEK")) {
            Conversion conversion = kernel.exchangeRates.converter().convert(Money.of("100", currency), "EUR", sunday);
            assertThat(conversion).isInstanceOfSatisfying(Conversion.Converted.class,
                    converted -> assertThat(converted.rateDate()).isEqualTo(LocalDate.of(2023, 12, 1)));
        }
        assertThat(kernel.exchangeRates.converter().convert(Money.of("100", "GBP"), "CHF", sunday).converted()).isTrue();
    }

    @Test
    void coverEveryWorkingDayOfTheDemosHistoryForItsCurrenciesDeterministically() {
        List<ExchangeRateDraft> rates = DemoExchangeRates.rates(NOW);

        assertThat(rates).isEqualTo(DemoExchangeRates.rates(NOW));
        assertThat(rates).extracting(ExchangeRateDraft::quote).containsOnly("CHF", "GBP", "SEK", "USD");
        assertThat(rates).allSatisfy(rate -> {
            assertThat(rate.base()).isEqualTo("EUR");
            assertThat(rate.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(rate.rate().scale()).isEqualTo(4);
        });
        List<ExchangeRateDraft> dollars = rates.stream().filter(rate -> rate.quote().equals("USD")).toList();
        // Demo customers were created up to five years back, and transactions follow: six years of rates cover them.
        assertThat(dollars.getFirst().date()).isBeforeOrEqualTo(LocalDate.of(2020, 12, 7));
        assertThat(dollars.getLast().date()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(dollars).hasSizeBetween(6 * 260, 6 * 262);
        assertThat(dollars).allSatisfy(rate -> assertThat(rate.rate().doubleValue()).isBetween(1.08 * 0.94, 1.08 * 1.06));
    }
}
