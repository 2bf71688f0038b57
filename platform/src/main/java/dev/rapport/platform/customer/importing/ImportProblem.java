package dev.rapport.platform.customer.importing;

/**
 * Why a row was not imported.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param field the field concerned, or null for the whole row
 * @param column the header of the CSV column concerned, or null when the value was a default (or the whole row)
 * @param duplicate whether the row was skipped as a duplicate, rather than invalid
 */
public record ImportProblem(long row, ImportField field, String column, boolean duplicate, ImportMessage message) {
}
