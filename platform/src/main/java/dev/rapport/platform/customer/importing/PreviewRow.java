package dev.rapport.platform.customer.importing;

import java.util.List;

/** A row as the import would see it, without storing anything. */
public record PreviewRow(long row, List<String> cells, RowStatus status, List<ImportProblem> problems) {

    public PreviewRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }
}
