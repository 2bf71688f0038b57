package dev.rapport.platform.demo;

import dev.rapport.platform.money.DemoExchangeRates;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DEMO_SEEDING;
import static dev.rapport.platform.internal.db.Tables.DEMO_SEEDING_BATCH;

import dev.rapport.platform.internal.db.tables.records.DemoSeedingRecord;
import dev.rapport.platform.user.PasswordHasher;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo data of a demo installation's first start, made so that a start cut short at any point (killed, power
 * lost) is completed by the next start: the run's plan (seed, size, its present and the ids it starts after) is
 * stored before anything else, every batch of customers notes itself in its own transaction, and the demo accounts
 * are set up in the transaction that marks the run finished. A later start continues an unfinished run where it
 * stopped and writes exactly the rows an uncut run would have written; a finished run is never repeated.
 *
 * <p>An installation that has customers but no run (seeded before runs were recorded, or a database of its own) is
 * left as it is.
 */
public final class DemoSeeding {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeding.class);
    private static final byte RUN = 1;

    private final DSLContext dsl;
    private final Clock clock;
    private final int customersPerBatch;
    private final BiConsumer<DSLContext, Instant> accounts;

    public DemoSeeding(DSLContext dsl, PasswordHasher hasher, Clock clock) {
        this(dsl, clock, DemoDataGenerator.CUSTOMERS_PER_BATCH, (transaction, now) -> DemoAccounts.setUp(transaction,
                hasher, now));
    }

    /**
     * @param customersPerBatch smaller batches let tests cut a run between batches with few customers
     * @param accounts sets up the demo accounts inside the transaction that finishes the run
     */
    DemoSeeding(DSLContext dsl, Clock clock, int customersPerBatch, BiConsumer<DSLContext, Instant> accounts) {
        this.dsl = dsl;
        this.clock = clock;
        this.customersPerBatch = customersPerBatch;
        this.accounts = accounts;
    }

    /**
     * Starts the demo data of a first start, or completes the one an earlier start began.
     *
     * @param customers how many demo customers a new run makes (a run already begun keeps its own number)
     * @param randomSeed the seed of a new run
     * @return what the run made, or empty when there was nothing to do
     */
    public Optional<DemoDataGenerator.Result> completeIfNeeded(int customers, long randomSeed,
                                                               DemoDataGenerator.Progress progress) {
        if (!dsl.fetchExists(DEMO_SEEDING) && dsl.fetchExists(CUSTOMER)) {
            return Optional.empty();
        }
        return complete(customers, randomSeed, progress);
    }

    /** Starts a run, or continues the unfinished one; nothing when the run is finished. */
    Optional<DemoDataGenerator.Result> complete(int customers, long randomSeed, DemoDataGenerator.Progress progress) {
        Optional<DemoSeedingRecord> existing = dsl.selectFrom(DEMO_SEEDING).where(DEMO_SEEDING.ID.eq(RUN)).fetchOptional();
        if (existing.isPresent() && existing.get().getFinishedAt() != null) {
            return Optional.empty();
        }
        DemoSeedingRecord run = existing.orElseGet(() -> plan(customers, randomSeed));
        Set<Integer> written = Set.copyOf(dsl.select(DEMO_SEEDING_BATCH.BATCH).from(DEMO_SEEDING_BATCH)
                .fetch(DEMO_SEEDING_BATCH.BATCH));
        if (existing.isPresent()) {
            log.info("Completing the demo data of a first start that was cut short ({} of its batches were written)",
                    written.size());
        } else {
            log.info("First start: generating demo data ({} customers)", run.getCustomers());
        }
        DemoDataGenerator.Result result = new DemoDataGenerator(dsl, run.getCustomersPerBatch()).generate(
                new DemoDataGenerator.Options(run.getCustomers(), run.getRandomSeed(), run.getGeneratedNow()), progress,
                idsOf(run), new DemoDataGenerator.Journal() {
                    @Override
                    public boolean written(int batch) {
                        return written.contains(batch);
                    }

                    @Override
                    public void record(DSLContext transaction, int batch) {
                        transaction.insertInto(DEMO_SEEDING_BATCH).set(DEMO_SEEDING_BATCH.BATCH, batch)
                                .set(DEMO_SEEDING_BATCH.WRITTEN_AT, clock.instant()).execute();
                    }
                });
        dsl.transaction(configuration -> {
            accounts.accept(configuration.dsl(), run.getGeneratedNow());
            DemoExchangeRates.seed(configuration.dsl(), run.getGeneratedNow());
            configuration.dsl().update(DEMO_SEEDING).set(DEMO_SEEDING.FINISHED_AT, clock.instant())
                    .where(DEMO_SEEDING.ID.eq(RUN)).execute();
        });
        return Optional.of(result);
    }

    /** Stores a new run's plan, before any of its rows. */
    private DemoSeedingRecord plan(int customers, long randomSeed) {
        DemoIds ids = DemoIds.after(dsl);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DemoSeedingRecord run = dsl.newRecord(DEMO_SEEDING);
        run.setId(RUN);
        run.setRandomSeed(randomSeed);
        run.setCustomers(customers);
        run.setCustomersPerBatch(customersPerBatch);
        run.setGeneratedNow(now);
        run.setCustomerIdAfter(ids.customers().last());
        run.setEmailIdAfter(ids.emails().last());
        run.setPhoneIdAfter(ids.phones().last());
        run.setAddressIdAfter(ids.addresses().last());
        run.setContactIdAfter(ids.contacts().last());
        run.setInteractionIdAfter(ids.interactions().last());
        run.setTransactionIdAfter(ids.transactions().last());
        run.setStartedAt(now);
        run.store();
        return run;
    }

    private static DemoIds idsOf(DemoSeedingRecord run) {
        return new DemoIds(IdSequence.startingAfter(run.getCustomerIdAfter()),
                IdSequence.startingAfter(run.getEmailIdAfter()), IdSequence.startingAfter(run.getPhoneIdAfter()),
                IdSequence.startingAfter(run.getAddressIdAfter()), IdSequence.startingAfter(run.getContactIdAfter()),
                IdSequence.startingAfter(run.getInteractionIdAfter()),
                IdSequence.startingAfter(run.getTransactionIdAfter()));
    }
}
