package dev.rapport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCsvTest {

    private static final ImportCsv.Existing EXISTING = new ImportCsv.Existing(
            List.of("anna.mueller@example.de", "j.smith@example.com"), List.of("+4930123456", "+12015550123"));

    @TempDir
    Path folder;

    @Test
    void theSameSeedWritesTheSameFileAndItsCountsAddUp() throws IOException {
        Path first = folder.resolve("first.csv");
        Path second = folder.resolve("second.csv");

        ImportCsv.Expected expected = new ImportCsv(20_000, 7, EXISTING).write(first);
        new ImportCsv(20_000, 7, EXISTING).write(second);

        assertThat(Files.mismatch(first, second)).isEqualTo(-1);
        assertThat(expected.rows()).isEqualTo(20_000);
        assertThat(expected.imported() + expected.duplicates() + expected.invalid()).isEqualTo(expected.rows());
        assertThat(expected.duplicates()).isBetween(500L, 700L);
        assertThat(expected.invalid()).isBetween(300L, 500L);
    }

    @Test
    void everyRowHasEveryColumnAndNoQuoteOrCommaInsideACell() throws IOException {
        Path file = folder.resolve("rows.csv");
        new ImportCsv(5_000, 3, EXISTING).write(file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

        assertThat(lines.getFirst()).isEqualTo(ImportCsv.HEADER);
        assertThat(lines).hasSize(5_001).allSatisfy(line -> {
            assertThat(line.split(",", -1)).hasSize(ImportCsv.COLUMNS);
            assertThat(line).doesNotContain("\"");
        });
    }

    @Test
    void newRowsHaveEmailAddressesAndPhoneNumbersOfTheirOwn() {
        ImportCsv csv = new ImportCsv(5_000, 3, EXISTING);
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();

        for (int row = 0; row < csv.rows(); row++) {
            if (csv.kind(row) == ImportCsv.Kind.NEW) {
                String[] cells = csv.cells(row);
                assertThat(emails.add(cells[3])).as(Arrays.toString(cells)).isTrue();
                assertThat(phones.add(cells[4].replaceAll("[^0-9]", ""))).as(Arrays.toString(cells)).isTrue();
            }
        }
        assertThat(emails).doesNotContainAnyElementsOf(EXISTING.emails());
    }
}
