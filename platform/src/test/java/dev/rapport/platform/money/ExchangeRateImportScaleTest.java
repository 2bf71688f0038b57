package dev.rapport.platform.money;

import static dev.rapport.platform.internal.db.Tables.EXCHANGE_RATE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.money.Conversion;
import dev.rapport.sdk.money.Money;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ECB's whole history (some 7,000 days of 30 currencies) is read and stored in seconds, as one batch per 10,000. */
class ExchangeRateImportScaleTest {

    private static final Logger log = LoggerFactory.getLogger(ExchangeRateImportScaleTest.class);
    private static final List<String> ECB_CURRENCIES = List.of("USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF", "PLN",
            "RON", "SEK", "CHF", "ISK", "NOK", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN",
            "MYR", "NZD", "PHP", "SGD", "THB", "ZAR");
    private static final int DAYS = 7_000;

    private final Kernel kernel = new Kernel();

    @AfterEach
    void noRates() {
        kernel.dsl.deleteFrom(EXCHANGE_RATE).execute();
    }

    /** An eurofxref-hist.csv of {@code DAYS} days up to 2026-12-04, newest first, a trailing comma on each line. */
    private static byte[] ecbHistory() {
        StringBuilder csv = new StringBuilder("Date,").append(String.join(",", ECB_CURRENCIES)).append(",\n");
        LocalDate day = LocalDate.of(2026, 12, 4);
        for (int i = 0; i < DAYS; i++, day = day.minusDays(1)) {
            csv.append(day);
            for (int c = 0; c < ECB_CURRENCIES.size(); c++) {
                csv.append(',').append(c + 1).append('.').append(String.format("%04d", (i * 7 + c) % 10_000));
            }
            csv.append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theEcbsWholeHistoryIsImportedQuickly() {
        byte[] file = ecbHistory();
        long started = System.nanoTime();

        RateFile read = RateFileReader.read(new ByteArrayInputStream(file));
        long readAt = System.nanoTime();
        List<Long> progress = new ArrayList<>();
        int stored = kernel.exchangeRates.importRates(read, Actor.SYSTEM, progress::add);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        log.info("ECB history of {} rates ({} KB): read in {} ms, stored in {} ms", stored, file.length / 1024,
                (readAt - started) / 1_000_000, (System.nanoTime() - readAt) / 1_000_000);

        assertThat(read.problems()).isEmpty();
        assertThat(stored).isEqualTo(DAYS * ECB_CURRENCIES.size());
        assertThat(kernel.dsl.fetchCount(EXCHANGE_RATE)).isEqualTo(stored);
        assertThat(progress).as("one batch per 10,000 rates").hasSize(stored / ExchangeRateService.IMPORT_BATCH)
                .endsWith((long) stored);
        // Measured 29 s on two cores shared with a load average of 22; row by row would take minutes.
        assertThat(took).as("reading and storing 210,000 rates").isLessThan(Duration.ofSeconds(60));
        // The newest day's dollar rate, 1.0000 (i = 0), converts at once.
        assertThat(kernel.exchangeRates.converter().convert(Money.of("10", "EUR"), "USD", LocalDate.of(2026, 12, 6)))
                .isEqualTo(new Conversion.Converted(Money.of("10.00", "USD"), BigDecimal.ONE,
                        LocalDate.of(2026, 12, 4)));
    }
}
