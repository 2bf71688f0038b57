package dev.rapport.sdk.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes CSV (RFC 4180: comma-separated, quoted where needed, CRLF line ends) for users to download and open in a
 * spreadsheet, with every cell made safe against formula injection (OWASP "CSV injection"): a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so a
 * spreadsheet shows it as text instead of evaluating it (a customer named {@code =HYPERLINK(...)} stays a name).
 *
 * <p>Numbers stay numbers: a cell that is a plain signed number or phone number, a sign followed by digits and
 * only spaces, brackets, dots, slashes or dashes ({@code -12.50}, {@code +49 30 1234567}), is written as it is:
 * without letters, cell references or functions it cannot do harm, and a spreadsheet still sums the amounts.
 * Everything else is neutralised, whatever its source. Every CSV the platform or a plugin offers for download
 * should be written with this class, so no writer forgets the rule.
 *
 * <p>Lifecycle: one instance per file; the caller owns the {@link Writer} and closes it. Threading: not thread-safe,
 * like the {@code Writer} it wraps. Failure: an {@link IOException} of the writer is passed on; {@code null}
 * cells are written as empty cells.
 *
 * @since 1.3.0
 */
public final class CsvWriter {

    private static final Pattern PLAIN_SIGNED_NUMBER = Pattern.compile("[+-][0-9][0-9 ()./-]*");

    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes a byte order mark first, so spreadsheets read the file as UTF-8; call before the first record. */
    public CsvWriter withByteOrderMark() throws IOException {
        out.write('\uFEFF');
        return this;
    }

    /** Writes one record; each cell is {@link String#valueOf}'s text, neutralised and quoted as needed. */
    public void writeRecord(List<?> cells) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            line.append(quoted(safe(cell == null ? "" : String.valueOf(cell))));
        }
        if (cells.size() == 1 && line.isEmpty()) {
            line.append("\"\"");
        }
        out.write(line.append("\r\n").toString());
    }

    /** Writes one record of {@code cells}. */
    public void writeRecord(Object... cells) throws IOException {
        writeRecord(Arrays.asList(cells));
    }

    /**
     * The cell as a spreadsheet may safely read it: with a leading apostrophe when it would start a formula,
     * unchanged otherwise (plain signed numbers too).
     */
    public static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && !PLAIN_SIGNED_NUMBER.matcher(cell).matches());
        return formula ? "'" + cell : cell;
    }

    private static String quoted(String cell) {
        boolean needsQuotes = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || (!cell.isEmpty() && (cell.charAt(0) == ' '
                || cell.charAt(cell.length() - 1) == ' '));
        return needsQuotes ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
