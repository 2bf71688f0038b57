package dev.rapport.bench;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.DOMAIN_EVENT;

import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.importing.ImportListener;
import dev.rapport.platform.customer.importing.ImportSettings;
import dev.rapport.platform.customer.importing.ImportSummary;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.jooq.DSLContext;

/**
 * Writers of the whole installation competing for the outbox: {@value #WRITERS} agents log calls (an interaction
 * and its event each, through {@link InteractionService}) without pause while a manager imports the CSV file of
 * {@link ImportBenchmark} (one event per imported customer). Events are numbered in commit order, so every
 * transaction that appends events waits for the outbox's lock; what it costs shows in the appends' rate and
 * latency while the import commits its chunks. Measured from the import's first byte to its last commit; the
 * import's customers and every event added are deleted again afterwards.
 */
final class AppendsDuringImportBenchmark implements FigureBenchmark {

    static final int WRITERS = 8;
    private static final String SUBJECT = "Benchmark call during an import";

    private final int rows;
    private final long seed;
    private final Path folder;

    /** @param folder where the file is written (and deleted afterwards) */
    AppendsDuringImportBenchmark(int rows, long seed, Path folder) {
        this.rows = rows;
        this.seed = seed;
        this.folder = folder;
    }

    @Override
    public List<Figure> measure(BenchPlatform platform, SampleData sample) throws Exception {
        DSLContext dsl = platform.service(Database.class).dsl();
        UserDirectory users = platform.service(UserDirectory.class);
        Actor manager = users.findByUsername(ImportBenchmark.MANAGER).map(Actor::of).orElseThrow();
        Actor agent = users.findByUsername(BenchCommand.AGENT).map(Actor::of).orElseThrow();
        CustomerImportService imports = platform.service(CustomerImportService.class);
        ImportCsv csv = new ImportCsv(rows, seed, ImportBenchmark.existing(dsl, sample));
        Path file = folder.resolve("import-with-appends-" + rows + ".csv");
        try {
            ImportCsv.Expected expected = csv.write(file);
            ImportSettings settings = ImportBenchmark.settings(imports, file, manager);
            long lastCustomer = ImportBenchmark.last(dsl, CUSTOMER.ID);
            long lastEvent = ImportBenchmark.last(dsl, DOMAIN_EVENT.ID);
            Appenders appenders = new Appenders(platform.service(InteractionService.class), platform.service(Clock.class),
                    agent, sample);
            long started;
            long ended;
            try (ExecutorService threads = Executors.newFixedThreadPool(WRITERS)) {
                List<Future<long[]>> latencies = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    int first = writer * 100_000;
                    latencies.add(threads.submit(() -> appenders.appendUntilStopped(first)));
                }
                started = System.nanoTime();
                appenders.start();
                try (InputStream in = Files.newInputStream(file)) {
                    ImportSummary summary = imports.run(in, settings, manager, ImportListener.NONE);
                    ended = System.nanoTime();
                    summary.problems().delete();
                    ImportBenchmark.requireExpected(summary, expected);
                } finally {
                    appenders.stop();
                }
                long[] all = latencies.stream().flatMapToLong(future -> LongStream.of(appenders.await(future))).toArray();
                return figures(all, (ended - started) / 1e9, expected);
            } finally {
                ImportBenchmark.removeAddedRows(dsl, lastCustomer, lastEvent);
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private List<Figure> figures(long[] latencies, double seconds, ImportCsv.Expected expected) {
        LatencyStats stats = LatencyStats.of(latencies);
        String what = Format.count(latencies.length) + " calls logged by " + WRITERS + " agents while "
                + Format.count(expected.imported()) + " customers were imported";
        return List.of(
                Figure.informative("Appends during an import: rate", latencies.length / seconds, "events/s", what),
                Figure.informative("Appends during an import: p50", stats.p50(), "ms", "one call with its event"),
                Figure.informative("Appends during an import: p95", stats.p95(), "ms", "as above"),
                Figure.informative("Appends during an import: p99", stats.p99(), "ms", "as above"),
                Figure.informative("Import with concurrent appends: time", seconds, "s",
                        Format.count(rows) + " rows, as in the CSV import alone"));
    }

    /** Agents logging calls one after the other, each call timed, until stopped. */
    private static final class Appenders {

        private final InteractionService interactions;
        private final Clock clock;
        private final Actor agent;
        private final SampleData sample;
        private final CountDownLatch started = new CountDownLatch(1);
        private final AtomicBoolean stopped = new AtomicBoolean();

        Appenders(InteractionService interactions, Clock clock, Actor agent, SampleData sample) {
            this.interactions = interactions;
            this.clock = clock;
            this.agent = agent;
            this.sample = sample;
        }

        long[] appendUntilStopped(int firstSample) throws InterruptedException {
            started.await();
            List<Long> latencies = new ArrayList<>();
            for (int i = firstSample; !stopped.get(); i++) {
                long start = System.nanoTime();
                interactions.log(new InteractionDraft(sample.customer(i), null, Channel.PHONE, Direction.OUTBOUND,
                        SUBJECT, null, Outcome.COMPLETED, clock.instant(), "kernel"), agent);
                if (!stopped.get()) {
                    latencies.add(System.nanoTime() - start);
                }
            }
            return latencies.stream().mapToLong(Long::longValue).toArray();
        }

        void start() {
            started.countDown();
        }

        void stop() {
            stopped.set(true);
        }

        long[] await(Future<long[]> appender) {
            try {
                return appender.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the agents stopped", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("An agent's call failed", e.getCause());
            }
        }
    }
}
