package dev.rapport.platform.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills a database with a living CRM: staff users, a product catalogue, and customers in ten countries with
 * contact details, contact persons, interactions and transactions. Meant for a database without customers
 * (a first start, a benchmark); rows already there are kept and new ids follow theirs.
 *
 * <p>Deterministic: the same {@link Options#randomSeed()} and {@link Options#now()} give the same rows (and,
 * in a database in the same state, the same ids). Nothing reads the system clock; every date lies in the five
 * years before {@code now}.
 *
 * <p>Built for a first start (a few thousand customers) as well as for benchmarks (a million): customers are
 * written in batches of {@value #CUSTOMERS_PER_BATCH} with all their rows, each batch in a transaction of its
 * own, with bulk inserts and ids assigned here. Two batches are written at a time while the next one is
 * generated; memory holds only those.
 *
 * <p>No domain events are written: the generated history happened before any listener could have cared, and
 * handing five years of it to the plugins would flood the outbox.
 *
 * <p>Staff users and products are matched by username and product code: existing ones are reused, so a
 * second run adds customers but no second set of users or products. Interactions carry the source
 * {@code demo}; transactions the external reference {@code demo-<id>}.
 */
public final class DemoDataGenerator {

    /** Customers written per transaction. */
    public static final int CUSTOMERS_PER_BATCH = 500;
    /**
     * Batches written at the same time, each on a connection of its own. Two were about 15 % faster than one
     * on a 2-core machine (database on the same machine); three gave little more.
     */
    private static final int WRITERS = 2;

    private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

    /**
     * What to generate.
     *
     * @param customers how many customers to add; 0 adds only the users and the products
     * @param randomSeed the seed every random choice derives from
     * @param now the present of the generated world: records are created before it, nothing happens after it
     */
    public record Options(int customers, long randomSeed, Instant now) {

        public Options {
            if (customers < 0) {
                throw new IllegalArgumentException("customers must not be negative: " + customers);
            }
            Objects.requireNonNull(now, "now");
        }
    }

    /**
     * What was generated.
     *
     * @param users the staff users the customers are spread over (created or reused)
     * @param products the demo products in the catalogue (created or reused)
     * @param rows the rows written to every customer table (customers, their details, history)
     * @param elapsed the wall-clock time of the run
     */
    public record Result(int users, int products, int customers, int contacts, long interactions, long transactions,
                         long rows, Duration elapsed) {

        public long rowsPerSecond() {
            return rows * 1000 / Math.max(1, elapsed.toMillis());
        }
    }

    /** Learns how far a run is. Called on the thread that runs {@link #generate}, after each batch has been committed. */
    @FunctionalInterface
    public interface Progress {

        /** Reports nothing. */
        Progress NONE = (customersDone, customersTotal, rowsWritten) -> {
        };

        /** {@code rowsWritten} counts the rows of every table committed so far, for a rate in rows per second. */
        void written(int customersDone, int customersTotal, long rowsWritten);
    }

    /** Which batches of a run are written, kept where a run cut short can be continued from (see DemoSeeding). */
    interface Journal {

        /** Keeps nothing: every batch is written. */
        Journal NONE = new Journal() {
            @Override
            public boolean written(int batch) {
                return false;
            }

            @Override
            public void record(DSLContext transaction, int batch) {
            }
        };

        /** Whether batch {@code batch} (counted from 0) was committed by an earlier, cut-short run. */
        boolean written(int batch);

        /** Notes batch {@code batch} as written, inside the transaction that writes it. */
        void record(DSLContext transaction, int batch);
    }

    private final DSLContext dsl;
    private final int customersPerBatch;

    /**
     * @param dsl a context that takes a connection from a pool for each transaction, as the platform's
     *            {@code Database.dsl()} does: batches are written on two connections at once
     */
    public DemoDataGenerator(DSLContext dsl) {
        this(dsl, CUSTOMERS_PER_BATCH);
    }

    /** Smaller batches let tests cover several batches with few customers. */
    DemoDataGenerator(DSLContext dsl, int customersPerBatch) {
        this.dsl = dsl;
        this.customersPerBatch = customersPerBatch;
    }

    /**
     * Adds the users, products and {@link Options#customers()} customers. A failure stops the run: it is
     * thrown once the batches already being written have finished; batches committed until then stay.
     */
    public Result generate(Options options, Progress progress) {
        return generate(options, progress, DemoIds.after(dsl), Journal.NONE);
    }

    /**
     * Like {@link #generate(Options, Progress)}, but continues a run that was cut short: the customers are
     * generated from the start again, with the same {@code ids} the run started after, and the batches the
     * {@code journal} knows as written are not written again, so the rows end up as an uncut run's.
     */
    Result generate(Options options, Progress progress, DemoIds ids, Journal journal) {
        long started = System.nanoTime();
        Instant now = options.now().truncatedTo(ChronoUnit.MILLIS); // what DATETIME(3) stores
        record Reference(DemoStaff.Team team, DemoCatalogue catalogue) {
        }
        Reference reference = dsl.transactionResult(configuration -> new Reference(
                DemoStaff.ensure(configuration.dsl(), now), DemoProducts.ensure(configuration.dsl(), now)));
        CustomerFactory factory = new CustomerFactory(new DemoRandom(options.randomSeed()), now, reference.team(),
                reference.catalogue(), ids);

        int contacts = 0;
        long interactions = 0;
        long transactions = 0;
        long rows;
        try (var writer = new ConcurrentBatchWriter(dsl, WRITERS, options.customers(), progress)) {
            for (int done = 0, batchNumber = 0; done < options.customers(); batchNumber++) {
                int size = Math.min(customersPerBatch, options.customers() - done);
                List<DemoCustomer> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    DemoCustomer customer = factory.next();
                    batch.add(customer);
                    contacts += customer.contacts().size();
                    interactions += customer.interactions().size();
                    transactions += customer.transactions().size();
                }
                int number = batchNumber;
                if (journal.written(number)) {
                    writer.skip(batch.size());
                } else {
                    writer.submit(batch, transaction -> journal.record(transaction, number));
                }
                done += size;
            }
            rows = writer.finish();
        }

        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        Result result = new Result(reference.team().userIds().size(), reference.catalogue().size(),
                options.customers(), contacts, interactions, transactions, rows, elapsed);
        log.info("Demo data: {} customers, {} contacts, {} interactions, {} transactions ({} rows) in {} ms: {} rows/s",
                options.customers(), contacts, interactions, transactions, rows, elapsed.toMillis(),
                result.rowsPerSecond());
        return result;
    }
}
