/**
 * Writing CSV files that users download and open in spreadsheets, safely: {@link dev.rapport.sdk.csv.CsvWriter}.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.csv;
