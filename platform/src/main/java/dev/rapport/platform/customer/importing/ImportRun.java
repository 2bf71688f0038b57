package dev.rapport.platform.customer.importing;

import dev.rapport.platform.customer.CheckedDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import: reads chunks of rows, checks them and hands them to the {@link ChunkWriter}, reports progress
 * after every committed chunk, and stops when asked, at the end of the file, or at the first chunk that cannot
 * be read or stored.
 */
final class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final CustomerService customers;
    private final UserDirectory users;
    private final ImportSettings settings;
    private final Actor actor;
    private final ImportListener listener;
    private final int rowsPerChunk;
    private final ImportProblems problems = new ImportProblems();
    private ImportProgress done = ImportProgress.NONE;
    /** Where the file stopped being readable, once the rows before it went into a chunk of their own. */
    private UnreadableCsvException unreadableRest;

    ImportRun(CustomerService customers, UserDirectory users, ImportSettings settings, Actor actor,
              ImportListener listener, int rowsPerChunk) {
        this.customers = customers;
        this.users = users;
        this.settings = settings;
        this.actor = actor;
        this.listener = listener;
        this.rowsPerChunk = rowsPerChunk;
    }

    ImportSummary run(InputStream csv) {
        long started = System.nanoTime();
        ImportSummary.Outcome outcome = ImportSummary.Outcome.COMPLETED;
        ImportMessage failure = null;
        try (CsvTable table = CsvTable.open(csv); ChunkWriter writer = new ChunkWriter(customers, actor)) {
            CustomerImportService.requireSameColumns(settings.mapping(), table.header());
            RowReader reader = new RowReader(settings, customers, users);
            DuplicateFinder duplicates = settings.duplicates() == DuplicatePolicy.SKIP
                    ? new DuplicateFinder(customers, table.header()) : null;
            try {
                for (Chunk chunk; ; ) {
                    if (listener.cancelRequested()) {
                        outcome = ImportSummary.Outcome.CANCELLED;
                        break;
                    }
                    chunk = read(table, reader, duplicates);
                    if (chunk == null) {
                        break;
                    }
                    committed(writer.write(chunk));
                }
                committed(writer.awaitCommitted());
            } catch (UnreadableCsvException e) {
                outcome = ImportSummary.Outcome.FAILED;
                failure = e.userMessage();
                committed(writer.awaitCommitted());
            }
        } catch (ChunkWriter.ChunkFailedException e) {
            log.warn("Customer import stopped: {}", e.getMessage(), e.getCause());
            outcome = ImportSummary.Outcome.FAILED;
            failure = ImportMessage.of("import.failedChunk", e.chunk().firstRow(), e.chunk().lastRow(),
                    String.valueOf(rootCause(e).getMessage()));
        } catch (RuntimeException e) {
            problems.delete();
            throw e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        log.info("Customer import {}: {} rows read, {} imported, {} duplicates, {} invalid in {} ms", outcome,
                done.read(), done.imported(), done.duplicates(), done.invalid(), elapsed.toMillis());
        return new ImportSummary(outcome, done, failure, problems.finish(), elapsed);
    }

    /**
     * The next chunk of rows, read, checked and sorted into those to store and those to skip; null at the end.
     * Where the file becomes unreadable, the rows before still make a chunk; the next call throws.
     */
    private Chunk read(CsvTable table, RowReader reader, DuplicateFinder duplicates) {
        if (unreadableRest != null) {
            throw unreadableRest;
        }
        List<ReadRow> valid = new ArrayList<>(rowsPerChunk);
        List<ImportProblem> chunkProblems = new ArrayList<>();
        long firstRow = 0;
        long lastRow = 0;
        int read = 0;
        int invalid = 0;
        for (CsvTable.Row row; read < rowsPerChunk && (row = next(table, read)) != null; read++) {
            firstRow = read == 0 ? row.number() : firstRow;
            lastRow = row.number();
            ReadRow readRow = reader.read(row);
            if (readRow.valid()) {
                valid.add(readRow);
            } else {
                invalid++;
                chunkProblems.addAll(readRow.problems());
            }
        }
        if (read == 0) {
            return null;
        }
        List<ImportProblem> duplicateProblems = duplicates == null ? null : duplicates.check(valid);
        List<CheckedDraft> accepted = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            ImportProblem duplicate = duplicateProblems == null ? null : duplicateProblems.get(i);
            if (duplicate == null) {
                accepted.add(valid.get(i).checked());
            } else {
                chunkProblems.add(duplicate);
            }
        }
        chunkProblems.sort(Comparator.comparingLong(ImportProblem::row));
        return new Chunk(firstRow, lastRow, accepted, chunkProblems, new ImportProgress(read, accepted.size(),
                valid.size() - accepted.size(), invalid, table.bytesRead()));
    }

    /** The next row, or null at the end and where the file becomes unreadable after {@code readInChunk} rows. */
    private CsvTable.Row next(CsvTable table, int readInChunk) {
        try {
            return table.next();
        } catch (UnreadableCsvException e) {
            if (readInChunk == 0) {
                throw e;
            }
            unreadableRest = e;
            return null;
        }
    }

    /** Counts a committed chunk (null: none) and tells the listener. */
    private void committed(Chunk chunk) {
        if (chunk != null) {
            chunk.problems().forEach(problems::add);
            done = done.plus(chunk.counts());
            listener.progress(done);
        }
    }

    private static Throwable rootCause(Throwable throwable) {
        Throwable cause = throwable;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
