package dev.rapport.plugin.acquisition.importing;

import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file: its header row and data rows, parsed by commons-csv (quotes, delimiters and line breaks
 * inside fields). UTF-8 (with or without byte order mark); comma or semicolon as delimiter, whichever the header
 * row uses more. At most {@value #MAX_ROWS} rows.
 */
public record CsvTable(String fileName, List<String> headers, List<List<String>> rows) {

    public static final int MAX_ROWS = 10_000;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /**
     * Parses {@code bytes}.
     *
     * @throws ValidationException ({@code file}) when the file is empty, not UTF-8, malformed, or too big
     */
    public static CsvTable parse(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw refused("acquisition.import.tooBig", MAX_BYTES / (1024 * 1024));
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<String> headers = null;
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                if (headers == null) {
                    headers = values;
                } else if (rows.size() == MAX_ROWS) {
                    throw refused("acquisition.import.tooManyRows", MAX_ROWS);
                } else {
                    rows.add(values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw refused("acquisition.import.malformed", e.getMessage());
        }
        if (headers == null || rows.isEmpty()) {
            throw refused("acquisition.import.empty");
        }
        return new CsvTable(fileName, headers, rows);
    }

    /** The value of {@code column} in {@code row}, or null when the row is shorter or the cell blank. */
    public static String cell(List<String> row, Integer column) {
        if (column == null || column >= row.size()) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused("acquisition.import.notUtf8");
        }
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    private static ValidationException refused(String key, Object... arguments) {
        return new ValidationException(List.of(FieldError.of("file", key, arguments)));
    }
}
