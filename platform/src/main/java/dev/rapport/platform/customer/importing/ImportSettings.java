package dev.rapport.platform.customer.importing;

import java.util.Objects;

/** How to read the rows of one import. */
public record ImportSettings(ColumnMapping mapping, ImportDefaults defaults, DuplicatePolicy duplicates) {

    public ImportSettings {
        Objects.requireNonNull(mapping, "mapping");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(duplicates, "duplicates");
    }
}
