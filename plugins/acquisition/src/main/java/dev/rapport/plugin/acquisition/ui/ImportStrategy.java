package dev.rapport.plugin.acquisition.ui;

import dev.rapport.plugin.acquisition.importing.CsvTable;
import dev.rapport.plugin.acquisition.importing.RowOutcome;
import dev.rapport.sdk.error.FieldError;
import java.util.List;
import java.util.Map;

/**
 * What a {@link CsvImportPanel} imports: its fields, how it maps columns by itself, how it checks and imports a row.
 *
 * @param <F> the import's fields
 */
public interface ImportStrategy<F extends Enum<F>> {

    /** A row as the import would see it: its line in the file and what is wrong with it (nothing was stored). */
    record PreviewRow(int rowNumber, List<FieldError> errors) {
    }

    Class<F> fields();

    Map<F, Integer> guessMapping(CsvTable table);

    /** The first {@code limit} rows, checked without storing anything. */
    List<PreviewRow> preview(CsvTable table, Map<F, Integer> mapping, int limit);

    /** Imports one row (0 = the first data row) in a transaction of its own. */
    RowOutcome importRow(CsvTable table, int index, Map<F, Integer> mapping);
}
