package dev.rapport.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.importing.UnreadableCsvException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rate files: the ECB's layout and the long one told apart by the header, and every bad row named. */
class RateFileReaderTest {

    /** The shape of the ECB's eurofxref-hist.csv: newest day first, a trailing comma, N/A where no rate was fixed. */
    static final String ECB = """
            Date,USD,JPY,BGN,CYP,GBP,
            2024-01-05,1.0921,158.32,1.9558,N/A,0.8603,
            2024-01-04,1.0953,157.55,1.9558,N/A,0.8630,
            """;

    private static RateFile read(String csv) {
        return RateFileReader.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static ExchangeRateDraft rate(String date, String base, String quote, String rate) {
        return new ExchangeRateDraft(LocalDate.parse(date), base, quote, new BigDecimal(rate));
    }

    @Test
    void readsTheEcbLayoutAsRatesPerEuroSkippingNotAvailable() {
        RateFile file = read(ECB);

        assertThat(file.layout()).isEqualTo(RateFile.Layout.ECB);
        assertThat(file.problems()).isEmpty();
        assertThat(file.importable()).isTrue();
        assertThat(file.rates()).hasSize(8).startsWith(rate("2024-01-05", "EUR", "USD", "1.0921"),
                rate("2024-01-05", "EUR", "JPY", "158.32"), rate("2024-01-05", "EUR", "BGN", "1.9558"),
                rate("2024-01-05", "EUR", "GBP", "0.8603"));
        assertThat(file.currencies()).containsExactly("BGN", "EUR", "GBP", "JPY", "USD");
        assertThat(file.firstDate()).contains(LocalDate.of(2024, 1, 4));
        assertThat(file.lastDate()).contains(LocalDate.of(2024, 1, 5));
    }

    @Test
    void readsTheEcbDailyFileWithItsSpacesAndWrittenDates() {
        RateFile file = read("Date, USD, JPY, \n05 January 2024, 1.0921, 158.32, \n");

        assertThat(file.problems()).isEmpty();
        assertThat(file.rates()).containsExactly(rate("2024-01-05", "EUR", "USD", "1.0921"),
                rate("2024-01-05", "EUR", "JPY", "158.32"));
    }

    @Test
    void readsTheLongLayoutInAnyColumnOrder() {
        RateFile file = read("rate,date,base,quote\n10.5,2024-01-05,USD,SEK\n0.0952,2024-01-05,sek,usd\n");

        assertThat(file.layout()).isEqualTo(RateFile.Layout.LONG);
        assertThat(file.problems()).isEmpty();
        assertThat(file.rates()).containsExactly(rate("2024-01-05", "USD", "SEK", "10.5"),
                rate("2024-01-05", "SEK", "USD", "0.0952"));
    }

    @Test
    void eachBadCellIsNamedByItsRowAndColumn() {
        RateFile file = read("""
                Date,USD,GBP
                2024-01-05,1.0921,0.8603
                2024-13-01,1.0953,0.8630
                2024-01-03,1,0953,0.8630
                2024-01-02,abc,0
                """);

        assertThat(file.importable()).isFalse();
        assertThat(file.problems()).containsExactly(
                RateProblem.of(3, "rates.csv.badDate", "2024-13-01"),
                RateProblem.of(4, "rates.csv.cellCount", 4, 3),
                RateProblem.of(5, "rates.csv.badNumber", "USD", "abc"),
                RateProblem.of(5, "rates.csv.outOfRange", "GBP", "0"));
        assertThat(file.problemCount()).isEqualTo(4);
    }

    @Test
    void anUnknownCurrencyCodeIsRefusedInTheHeaderAndInARow() {
        RateFile ecb = read("Date,USD,XYZ\n2024-01-05,1.0921,2.5\n");
        assertThat(ecb.problems()).containsExactly(RateProblem.of(1, "rates.csv.unknownCurrency", "XYZ"));

        RateFile rows = read("date,base,quote,rate\n2024-01-05,EUR,USD,1.0921\n2024-01-05,EUR,EURO,1\n"
                + "2024-01-05,USD,USD,1\n2024-01-05,EUR,USD,1.1\n");
        assertThat(rows.problems()).containsExactly(RateProblem.of(3, "rates.csv.unknownCurrency", "EURO"),
                RateProblem.of(4, "rates.csv.sameCurrency", "USD"),
                RateProblem.of(5, "rates.csv.repeated", "EUR", "USD", "2024-01-05", 2));
    }

    @Test
    void aFileOfNeitherLayoutOrWithoutRatesCannotBeImported() {
        RateFile other = read("name,email\nJane,jane@example.com\n");
        assertThat(other.layout()).isEqualTo(RateFile.Layout.UNKNOWN);
        assertThat(other.problems()).containsExactly(RateProblem.of(1, "rates.csv.unknownLayout"));

        RateFile empty = read("Date,USD\n2024-01-05,N/A\n");
        assertThat(empty.problems()).containsExactly(RateProblem.of(1, "rates.csv.empty"));
        assertThat(empty.importable()).isFalse();
    }

    @Test
    void aFileThatIsNotUtf8IsUnreadableNamingTheRow() {
        byte[] latin1 = "Date,USD\n2024-01-05,1.09\n2024-01-04,1.09 \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> RateFileReader.read(new ByteArrayInputStream(latin1)))
                .isInstanceOf(UnreadableCsvException.class)
                .satisfies(e -> assertThat(((UnreadableCsvException) e).userMessage().key()).isEqualTo("import.notUtf8"));
    }
}
