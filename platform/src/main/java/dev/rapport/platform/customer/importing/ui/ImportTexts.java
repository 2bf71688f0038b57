package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dev.rapport.platform.customer.importing.ImportMessage;
import dev.rapport.platform.customer.importing.ImportProblem;
import dev.rapport.platform.customer.importing.ImportProblems;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.sdk.csv.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The import's messages in one language. Holds no UI, so the problem list can also be written while a download
 * request runs outside the UI's lock.
 */
final class ImportTexts {

    private final I18NProvider i18n;
    private final Locale locale;

    ImportTexts(I18NProvider i18n, Locale locale) {
        this.i18n = i18n;
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    String message(ImportMessage message) {
        return get(message.key(), message.arguments().toArray());
    }

    /** The CSV column a problem concerns; the field's name when its value was a default; empty for the whole row. */
    String column(ImportProblem problem) {
        return problem.column() != null ? problem.column()
                : problem.field() != null ? get(EnumLabels.key(problem.field())) : "";
    }

    /** "Email: 'x' is not a valid email address." */
    String describe(ImportProblem problem) {
        String column = column(problem);
        return column.isEmpty() ? message(problem.message()) : column + ": " + message(problem.message());
    }

    /**
     * Every problem as CSV (row, column, problem), with a byte order mark so spreadsheets read it as UTF-8; column
     * names and values come from the uploaded file, so formulas are neutralised ({@link CsvWriter}).
     */
    void write(ImportProblems problems, Writer out) throws IOException {
        CsvWriter csv = new CsvWriter(out).withByteOrderMark();
        csv.writeRecord(get("import.row"), get("import.column"), get("import.problem"));
        try {
            problems.forEach(problem -> {
                try {
                    csv.writeRecord(problem.row(), column(problem), message(problem.message()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}
