package dev.rapport.platform.customer.importing;

import java.time.Duration;

/**
 * How an import ended. The counts cover the rows of committed chunks only: whatever the outcome, they are
 * exactly what is stored.
 *
 * @param failure why the import stopped early, or null when it was not {@link Outcome#FAILED}
 * @param problems why rows were skipped; the holder deletes them when done
 */
public record ImportSummary(Outcome outcome, ImportProgress counts, ImportMessage failure, ImportProblems problems,
                            Duration elapsed) {

    public enum Outcome {
        /** Every row was read. */
        COMPLETED,
        /** Stopped on request; the rows before stay imported. */
        CANCELLED,
        /** Stopped by a problem with the file or the database; the rows before stay imported. */
        FAILED
    }
}
