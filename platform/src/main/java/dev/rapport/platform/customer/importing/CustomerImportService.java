package dev.rapport.platform.customer.importing;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Imports customers from CSV files of any length, in constant memory: the file is read as a stream, rows are
 * checked with the rules every save applies, and stored in chunks of {@value #ROWS_PER_CHUNK} rows, each chunk
 * in one transaction with one {@code CustomerCreated} event per customer. Rows with problems, and (unless told
 * otherwise) rows sharing an email address or phone number with a customer or an earlier row, are skipped and
 * reported; the import goes on. A chunk the database refuses is rolled back and ends the import.
 *
 * <p>The three steps of the screen: {@link #inspect} the header, {@link #preview} the first rows as they would
 * be imported, {@link #run} the import.
 */
public final class CustomerImportService {

    /**
     * Rows per transaction: large enough for fast batches, small enough for short locks and frequent progress.
     * 2,500 and 5,000 were no faster within the noise of a shared machine; 5,000 raised the heap peak by 40 %.
     */
    public static final int ROWS_PER_CHUNK = 1000;

    private final CustomerService customers;
    private final UserDirectory users;
    private final AuditLog audit;
    private final int rowsPerChunk;

    public CustomerImportService(CustomerService customers, UserDirectory users, AuditLog audit) {
        this(customers, users, audit, ROWS_PER_CHUNK);
    }

    /** Smaller chunks let tests cover several chunks with few rows. */
    CustomerImportService(CustomerService customers, UserDirectory users, AuditLog audit, int rowsPerChunk) {
        this.customers = customers;
        this.users = users;
        this.audit = audit;
        this.rowsPerChunk = rowsPerChunk;
    }

    /** Whether {@code actor} may import customers: managers and administrators (the UI offers it only to them). */
    public static boolean allowed(Actor actor) {
        return actor.has(Role.MANAGER);
    }

    /**
     * Reads the header of {@code csv} and proposes a mapping for its columns.
     *
     * @throws UnreadableCsvException when the file has no header or is not UTF-8 text
     */
    public CsvInspection inspect(InputStream csv) {
        try (CsvTable table = CsvTable.open(csv)) {
            return new CsvInspection(table.header(), table.delimiter(), ColumnMapping.propose(table.header()));
        }
    }

    /**
     * The first {@code rows} rows as the import would treat them, duplicates included; stores nothing.
     *
     * @throws UnreadableCsvException when those rows cannot be read
     */
    public List<PreviewRow> preview(InputStream csv, ImportSettings settings, int rows) {
        try (CsvTable table = CsvTable.open(csv)) {
            requireSameColumns(settings.mapping(), table.header());
            RowReader reader = new RowReader(settings, customers, users);
            List<ReadRow> read = new ArrayList<>(rows);
            for (CsvTable.Row row; read.size() < rows && (row = table.next()) != null; ) {
                read.add(reader.read(row));
            }
            List<ReadRow> valid = read.stream().filter(ReadRow::valid).toList();
            Iterator<ImportProblem> duplicates = settings.duplicates() == DuplicatePolicy.SKIP
                    ? new DuplicateFinder(customers, table.header()).check(valid).iterator() : null;
            List<PreviewRow> preview = new ArrayList<>(read.size());
            for (ReadRow row : read) {
                ImportProblem duplicate = row.valid() && duplicates != null ? duplicates.next() : null;
                preview.add(duplicate != null
                        ? new PreviewRow(row.number(), row.cells(), RowStatus.DUPLICATE, List.of(duplicate))
                        : new PreviewRow(row.number(), row.cells(), row.valid() ? RowStatus.VALID : RowStatus.INVALID,
                                row.problems()));
            }
            return preview;
        }
    }

    /**
     * Imports every row of {@code csv}, acting as {@code actor}, and records the outcome in the audit log. Blocks
     * until the end: call it off the UI thread. Never throws for bad rows, an unreadable rest of the file or a
     * refused chunk: the summary tells.
     *
     * @throws UnreadableCsvException when not even the header can be read; nothing was stored
     * @throws dev.rapport.sdk.error.AccessDeniedException for agents and read-only users; nothing was read
     */
    public ImportSummary run(InputStream csv, ImportSettings settings, Actor actor, ImportListener listener) {
        Permissions.require(allowed(actor), actor, "import customers");
        ImportSummary summary = new ImportRun(customers, users, settings, actor, listener, rowsPerChunk).run(csv);
        ImportProgress counts = summary.counts();
        audit.record(actor, AuditAction.CUSTOMERS_IMPORTED, "customer", null, counts.imported() + " imported, "
                + counts.duplicates() + " duplicates and " + counts.invalid() + " invalid rows skipped, of "
                + counts.read() + " rows read; " + summary.outcome().name().toLowerCase(java.util.Locale.ROOT));
        return summary;
    }

    static void requireSameColumns(ColumnMapping mapping, List<String> header) {
        if (!mapping.headers().equals(header)) {
            throw new IllegalArgumentException("The mapping is for the columns " + mapping.headers()
                    + ", the file has " + header);
        }
    }
}
