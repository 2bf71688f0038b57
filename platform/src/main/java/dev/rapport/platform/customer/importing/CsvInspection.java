package dev.rapport.platform.customer.importing;

import java.util.List;

/** What a CSV file's header says: its columns, the delimiter found, and the mapping proposed for them. */
public record CsvInspection(List<String> headers, char delimiter, ColumnMapping proposedMapping) {

    public CsvInspection {
        headers = List.copyOf(headers);
    }
}
