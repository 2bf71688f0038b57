package dev.rapport.platform.customer.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Every problem of an import, in row order, however many: the first {@value #KEPT_IN_MEMORY} in memory for
 * showing, all of them in a temporary file for downloading. Whoever holds the summary {@link #delete()}s them.
 */
public final class ImportProblems {

    static final int KEPT_IN_MEMORY = 1000;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final List<ImportProblem> first = new ArrayList<>();
    private long count;
    private Path file;
    private CSVPrinter printer;

    ImportProblems() {
    }

    void add(ImportProblem problem) {
        if (first.size() < KEPT_IN_MEMORY) {
            first.add(problem);
        }
        count++;
        try {
            if (printer == null) {
                file = Files.createTempFile("rapport-import-problems-", ".csv");
                printer = new CSVPrinter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), FORMAT);
            }
            List<String> values = new ArrayList<>(List.of(String.valueOf(problem.row()),
                    problem.field() == null ? "" : problem.field().name(), problem.column() == null ? "" : problem.column(),
                    String.valueOf(problem.duplicate()), problem.message().key()));
            values.addAll(problem.message().arguments());
            printer.printRecord(values);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the import's problems to " + file, e);
        }
    }

    /** Ends writing; the problems can be read from now on. */
    ImportProblems finish() {
        if (printer != null) {
            try {
                printer.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write the import's problems to " + file, e);
            }
            printer = null;
        }
        return this;
    }

    public long count() {
        return count;
    }

    /** The first {@value #KEPT_IN_MEMORY} problems (all, when there are no more). */
    public List<ImportProblem> first() {
        return Collections.unmodifiableList(first);
    }

    /** Reads every problem in row order, without holding them all. */
    public void forEach(Consumer<ImportProblem> action) {
        if (file == null) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                List<String> values = record.toList();
                action.accept(new ImportProblem(Long.parseLong(values.get(0)),
                        values.get(1).isEmpty() ? null : ImportField.valueOf(values.get(1)),
                        values.get(2).isEmpty() ? null : values.get(2), Boolean.parseBoolean(values.get(3)),
                        new ImportMessage(values.get(4), values.subList(5, values.size()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the import's problems from " + file, e);
        }
    }

    /** Deletes the temporary file; afterwards only {@link #first()} is left. */
    public void delete() {
        finish();
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete " + file, e);
            }
            file = null;
        }
    }
}
