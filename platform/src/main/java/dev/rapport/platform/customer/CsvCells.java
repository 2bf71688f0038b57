package dev.rapport.platform.customer;

import java.util.regex.Pattern;

/**
 * Neutralises CSV cells a spreadsheet would evaluate as a formula (OWASP "CSV injection"): a cell starting with
 * {@code = @ +} or {@code -}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
 * Phone numbers and signed numbers ("+49 30 1234567", "-12.5") are left as they are: they carry no formula.
 */
final class CsvCells {

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-][0-9][0-9 ()./-]*");

    private CsvCells() {
    }

    static String safe(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '@' || first == '\t' || first == '\r'
                || ((first == '+' || first == '-') && !SIGNED_NUMBER.matcher(cell).matches());
        return formula ? "'" + cell : cell;
    }
}
