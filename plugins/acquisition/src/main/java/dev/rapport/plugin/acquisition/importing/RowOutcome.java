package dev.rapport.plugin.acquisition.importing;

import dev.rapport.sdk.error.FieldError;
import java.util.List;

/**
 * What importing one row did.
 *
 * @param rowNumber the row's line in the file (the header is line 1)
 * @param leadId the lead it created or updated, or null
 * @param errors why it was not imported; empty when it was
 */
public record RowOutcome(int rowNumber, Status status, Long leadId, List<FieldError> errors) {

    public RowOutcome {
        errors = List.copyOf(errors);
    }

    /** The row's fate. */
    public enum Status {
        IMPORTED, UPDATED, FAILED
    }
}
