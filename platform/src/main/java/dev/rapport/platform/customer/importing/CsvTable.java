package dev.rapport.platform.customer.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row, never held whole: UTF-8 (a byte order mark is skipped, anything not UTF-8 is
 * refused rather than garbled), the delimiter detected from the header line, RFC 4180 quoting (delimiters and
 * line breaks inside quoted fields). The first row is the header. Rows are numbered as a spreadsheet shows
 * them: the header is row 1. Customer imports and exchange-rate imports read their files with it.
 */
public final class CsvTable implements AutoCloseable {

    /** One data row: its number and its cells as written (not trimmed). */
    public record Row(long number, List<String> cells) {
    }

    private static final char[] DELIMITERS = {',', ';', '\t'};
    /** The longest header line looked at for the delimiter. */
    private static final int HEADER_SAMPLE = 64 * 1024;
    /** No customer row comes near this; a longer one is a quote that was never closed. */
    private static final long MAX_ROW_CHARS = 1_000_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final CountingInputStream bytes;
    private final RowSizeGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final char delimiter;
    private final List<String> header;

    private CsvTable(CountingInputStream bytes, RowSizeGuard guard, char delimiter) throws IOException {
        this.bytes = bytes;
        this.guard = guard;
        this.delimiter = delimiter;
        this.parser = CSVParser.builder().setReader(guard).setFormat(CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter).setIgnoreEmptyLines(true).get()).get();
        this.records = parser.iterator();
        Row first = next();
        if (first == null || first.cells().stream().allMatch(String::isBlank)) {
            throw new UnreadableCsvException(ImportMessage.of("import.noHeader"), null);
        }
        this.header = first.cells().stream().map(String::strip).toList();
    }

    /**
     * Opens {@code csv} and reads its header.
     *
     * @throws UnreadableCsvException when the file has no header or is not UTF-8 text
     */
    public static CsvTable open(InputStream csv) {
        CountingInputStream bytes = new CountingInputStream(csv);
        try {
            BufferedReader reader = new BufferedReader(new StrictUtf8Reader(bytes), 1 << 16);
            char delimiter = detectDelimiter(reader);
            return new CsvTable(bytes, new RowSizeGuard(reader, MAX_ROW_CHARS), delimiter);
        } catch (IOException e) {
            throw unreadable(e, 1);
        }
    }

    /** Skips a byte order mark and picks the delimiter that occurs most often outside quotes in the header line. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(HEADER_SAMPLE + 1);
        char[] sample = new char[HEADER_SAMPLE];
        int length = 0;
        for (int c; length < sample.length && (c = reader.read()) >= 0 && c != '\n' && c != '\r'; ) {
            sample[length++] = (char) c;
        }
        reader.reset();
        if (length > 0 && sample[0] == BYTE_ORDER_MARK) {
            reader.skip(1);
        }
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        for (int i = 0; i < length; i++) {
            if (sample[i] == '"') {
                quoted = !quoted;
            }
            for (int d = 0; d < DELIMITERS.length && !quoted; d++) {
                if (sample[i] == DELIMITERS[d]) {
                    counts[d]++;
                }
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    public List<String> header() {
        return header;
    }

    char delimiter() {
        return delimiter;
    }

    /**
     * The next row, or null after the last.
     *
     * @throws UnreadableCsvException when the rest of the file is not valid CSV or not UTF-8
     */
    public Row next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            guard.rowDone();
            return new Row(record.getRecordNumber(), record.toList());
        } catch (UncheckedIOException e) {
            throw unreadable(e.getCause(), parser.getRecordNumber() + 1);
        } catch (IllegalStateException e) {
            throw unreadable(e, parser.getRecordNumber() + 1);
        }
    }

    /** Bytes of the file read so far (the parser reads a little ahead). */
    long bytesRead() {
        return bytes.count();
    }

    private static UnreadableCsvException unreadable(Throwable cause, long row) {
        Throwable reason = cause instanceof UncheckedIOException unchecked ? unchecked.getCause() : cause;
        if (reason instanceof CharacterCodingException) {
            return new UnreadableCsvException(ImportMessage.of("import.notUtf8", row), cause);
        }
        if (reason instanceof RowSizeGuard.RowTooLongException) {
            return new UnreadableCsvException(ImportMessage.of("import.rowTooLong", row), cause);
        }
        return new UnreadableCsvException(ImportMessage.of("import.malformed", row, String.valueOf(reason.getMessage())),
                cause);
    }

    /** Closes the file. */
    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close the CSV file", e);
        }
    }
}
