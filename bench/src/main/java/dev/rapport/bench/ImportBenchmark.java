package dev.rapport.bench;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportDefaults;
import dev.rapport.platform.customer.importing.ImportListener;
import dev.rapport.platform.customer.importing.ImportSettings;
import dev.rapport.platform.customer.importing.ImportSummary;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.customer.LifecycleStage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * CSV import of as many rows as the database has customers, through {@link CustomerImportService} as a manager
 * (the path of the import screen): the file of {@link ImportCsv}, checked, duplicates looked up against the
 * stored customers and the earlier rows, stored in chunks with one event per customer. Timed from the first byte
 * to the last commit; the heap's high-water mark is taken as for the latencies, from a collected heap. Then the
 * raw JDBC baseline ({@link RawBulkLoad}) loads the same customers. After each, the rows it added are deleted
 * again, so the generated database stays as generated for the next run.
 */
final class ImportBenchmark implements FigureBenchmark {

    /** The demo manager who imports: importing needs the manager role. */
    static final String MANAGER = "anna.schmidt";
    private static final int EXISTING_SAMPLE = 1000;
    private static final int DELETE_RANGE = 10_000;
    private static final double TARGET_SECONDS = 60;
    private static final double TARGET_HEAP_MEGABYTES = 512;

    private final int rows;
    private final long seed;
    private final Path folder;

    /** @param folder where the file is written (and deleted afterwards) */
    ImportBenchmark(int rows, long seed, Path folder) {
        this.rows = rows;
        this.seed = seed;
        this.folder = folder;
    }

    @Override
    public List<Figure> measure(BenchPlatform platform, SampleData sample) throws IOException, SQLException {
        Database database = platform.service(Database.class);
        DSLContext dsl = database.dsl();
        Actor manager = platform.service(UserDirectory.class).findByUsername(MANAGER).map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("The demo manager " + MANAGER + " is missing"));
        ImportCsv csv = new ImportCsv(rows, seed, existing(dsl, sample));
        Path file = folder.resolve("import-" + rows + ".csv");
        try {
            ImportCsv.Expected expected = csv.write(file);
            double megabytes = Files.size(file) / (1024.0 * 1024.0);
            CustomerImportService imports = platform.service(CustomerImportService.class);
            ImportSettings settings = settings(imports, file, manager);

            long lastCustomer = last(dsl, CUSTOMER.ID);
            long lastEvent = last(dsl, DOMAIN_EVENT.ID);
            System.gc(); // the high-water mark shows what the import needs, not the garbage of earlier measurements
            LatencyRunner.HeapPeak.reset();
            long started = System.nanoTime();
            double seconds;
            double heapPeak;
            try (InputStream in = Files.newInputStream(file)) {
                ImportSummary summary = imports.run(in, settings, manager, ImportListener.NONE);
                seconds = (System.nanoTime() - started) / 1e9;
                heapPeak = LatencyRunner.HeapPeak.megabytes();
                summary.problems().delete();
                requireExpected(summary, expected);
            } finally {
                removeAddedRows(dsl, lastCustomer, lastEvent);
            }

            long loaded;
            double rawSeconds;
            try {
                long rawStarted = System.nanoTime();
                loaded = RawBulkLoad.load(database.dataSource(), file, csv, manager.userId(),
                        platform.service(Clock.class).instant());
                rawSeconds = (System.nanoTime() - rawStarted) / 1e9;
            } finally {
                removeAddedRows(dsl, lastCustomer, lastEvent);
            }
            if (loaded != expected.imported()) {
                throw new IllegalStateException("Raw JDBC loaded " + loaded + " rows, the import " + expected.imported());
            }

            String what = Format.count(rows) + " rows (" + Format.count(expected.imported()) + " new, "
                    + Format.count(expected.duplicates()) + " duplicates, " + Format.count(expected.invalid())
                    + " invalid) of " + Format.number(megabytes) + " MB, through the import service as a manager";
            return List.of(
                    Figure.atMost("CSV import: time", seconds, "s", TARGET_SECONDS, what),
                    Figure.informative("CSV import: rate", rows / seconds, "rows/s", "rows of the file per second"),
                    Figure.atMost("CSV import: heap peak", heapPeak, "MB", TARGET_HEAP_MEGABYTES,
                            "high-water mark of the whole platform's heap during the import, of at most "
                                    + Format.count(Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MB"),
                    Figure.informative("Raw JDBC bulk load of the same customers", rawSeconds, "s",
                            "the " + Format.count(loaded) + " new customers with the same rows, batched INSERTs "
                                    + "(bulk protocol), no checks; the import took "
                                    + Format.number(seconds / rawSeconds) + "× as long"));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The import screen's choices for the bench's file: the proposed mapping, prospects of {@code manager}. */
    static ImportSettings settings(CustomerImportService imports, Path file, Actor manager) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ImportSettings(imports.inspect(in).proposedMapping(), new ImportDefaults(null,
                    LifecycleStage.PROSPECT, manager.userId(), "en", "EUR", "Europe/Berlin", "DE"),
                    DuplicatePolicy.SKIP);
        }
    }

    /** Email addresses and phone numbers of customers from the sample, for the file's duplicate rows. */
    static ImportCsv.Existing existing(DSLContext dsl, SampleData sample) {
        List<Long> ids = sample.customerIds().subList(0, Math.min(EXISTING_SAMPLE, sample.customerIds().size()));
        return new ImportCsv.Existing(
                dsl.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.in(ids))
                        .orderBy(CUSTOMER_EMAIL.ID).fetch(CUSTOMER_EMAIL.EMAIL),
                dsl.select(CUSTOMER_PHONE.E164_DIGITS).from(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.in(ids))
                        .orderBy(CUSTOMER_PHONE.ID).fetch(CUSTOMER_PHONE.E164_DIGITS).stream()
                        .map(digits -> "+" + digits).toList());
    }

    static void requireExpected(ImportSummary summary, ImportCsv.Expected expected) {
        var counts = summary.counts();
        if (summary.outcome() != ImportSummary.Outcome.COMPLETED || counts.read() != expected.rows()
                || counts.imported() != expected.imported() || counts.duplicates() != expected.duplicates()
                || counts.invalid() != expected.invalid()) {
            throw new IllegalStateException("The import ended " + summary.outcome() + " with " + counts
                    + " but the file holds " + expected + (summary.failure() == null ? "" : ": " + summary.failure()));
        }
    }

    static long last(DSLContext dsl, TableField<?, Long> id) {
        Long last = dsl.select(DSL.max(id)).from(id.getTable()).fetchSingle().value1();
        return last == null ? 0 : last;
    }

    /**
     * Deletes the customers added after {@code lastCustomer} with their emails, phones, addresses and tags, and the
     * events added after {@code lastEvent}. The child rows go first, by ranges of customer ids on their customer
     * index: a cascade from the customers would delete them one parent row at a time, several times slower.
     */
    static void removeAddedRows(DSLContext dsl, long lastCustomer, long lastEvent) {
        long top = last(dsl, CUSTOMER.ID);
        for (long from = lastCustomer + 1; from <= top; from += DELETE_RANGE) {
            long to = from + DELETE_RANGE - 1;
            dsl.deleteFrom(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.between(from, to)).execute();
            dsl.deleteFrom(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.between(from, to)).execute();
            dsl.deleteFrom(CUSTOMER_ADDRESS).where(CUSTOMER_ADDRESS.CUSTOMER_ID.between(from, to)).execute();
            dsl.deleteFrom(CUSTOMER_TAG).where(CUSTOMER_TAG.CUSTOMER_ID.between(from, to)).execute();
            dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.between(from, to)).execute();
        }
        long topEvent = last(dsl, DOMAIN_EVENT.ID);
        for (long from = lastEvent + 1; from <= topEvent; from += DELETE_RANGE) {
            dsl.deleteFrom(DOMAIN_EVENT).where(DOMAIN_EVENT.ID.between(from, from + DELETE_RANGE - 1)).execute();
        }
    }
}
