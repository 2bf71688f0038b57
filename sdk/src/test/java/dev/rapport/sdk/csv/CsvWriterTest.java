package dev.rapport.sdk.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV for spreadsheets: formulas neutralised (OWASP), numbers left usable, quoting per RFC 4180. */
class CsvWriterTest {

    @Test
    void cellsThatWouldStartAFormulaGetALeadingApostrophe() {
        assertThat(CsvWriter.safe("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(CsvWriter.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvWriter.safe("+cmd|' /C calc'!A0")).isEqualTo("'+cmd|' /C calc'!A0");
        assertThat(CsvWriter.safe("-2+3+cmd|' /C calc'!A0")).isEqualTo("'-2+3+cmd|' /C calc'!A0");
        assertThat(CsvWriter.safe("-A1")).isEqualTo("'-A1");
        assertThat(CsvWriter.safe("\tTAB")).isEqualTo("'\tTAB");
        assertThat(CsvWriter.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void plainSignedNumbersPhoneNumbersAndOrdinaryTextStayAsTheyAre() {
        assertThat(CsvWriter.safe("-12.50")).isEqualTo("-12.50");
        assertThat(CsvWriter.safe("+49 30 1234567")).isEqualTo("+49 30 1234567");
        assertThat(CsvWriter.safe("+1 (555) 010-0199")).isEqualTo("+1 (555) 010-0199");
        assertThat(CsvWriter.safe("12.50")).isEqualTo("12.50");
        assertThat(CsvWriter.safe("Smith")).isEqualTo("Smith");
        assertThat(CsvWriter.safe("a=b")).isEqualTo("a=b");
        assertThat(CsvWriter.safe("")).isEmpty();
    }

    @Test
    void recordsAreQuotedWhereNeededAndEndWithCrLf() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out).withByteOrderMark();

        csv.writeRecord("Id", "Name, first", "Note", "Amount");
        csv.writeRecord(7, "Say \"hi\"", "two\nlines", "-12.50");
        csv.writeRecord(Arrays.asList(8, null, "=1+1", "+1+1"));
        csv.writeRecord(List.of(""));

        assertThat(out.toString()).isEqualTo("\uFEFFId,\"Name, first\",Note,Amount\r\n"
                + "7,\"Say \"\"hi\"\"\",\"two\nlines\",-12.50\r\n"
                + "8,,'=1+1,'+1+1\r\n"
                + "\"\"\r\n");
    }
}
