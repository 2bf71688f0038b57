package dev.rapport.bench;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.persistence.Database;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.job.JobState;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The retention plugin's scoring job at a generated size (the bench's database of that size and seed, about three
 * transactions per customer): the platform with the shipped plugins runs in this JVM, the job is started as a
 * manager's "Score all customers now" does and followed to its end. Prints the time, the heap's peak while it ran
 * (sampled every 10 ms, and the heap pools' high-water marks summed, an upper bound), and, from the same run, the
 * models' validation against their naive baselines: the churn model's area under the ROC curve and top-tenth lift
 * beside ranking by days since the last purchase alone, on the same held-out customers; the lifetime-value model's mean
 * error per customer on the hold-out half year beside repeating each customer's previous half year. Usage:
 * {@code java -Xmx1g -cp ... dev.rapport.bench.RetentionScoringBenchmark [--customers 1000000] [--seed 42]
 * [--data-dir bench/data] [--buffer-pool-mb 2048]}.
 */
public final class RetentionScoringBenchmark {

    private static final String PLUGIN = "retention";
    private static final String JOB = "score-customers";

    private RetentionScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int customers = options.sizes().getLast();
        try (GeneratedDatabase database = GeneratedDatabase.open(options, customers, System.out)) {
            GeneratedDatabase.Generation data = database.generation();
            System.out.printf("Data: %s customers, %s transactions (seed %d)%n", Format.count(data.customers()),
                    Format.count(data.transactions()), options.seed());
            Path home = database.folder().resolve("home");
            Map<String, String> settings = BenchPlatform.settings(database, home, 0);
            try (RapportPlatform platform = RapportPlatform.start(RapportConfig.of(home, settings))) {
                JobScheduler jobs = platform.services().require(JobScheduler.class);
                Database db = platform.services().require(Database.class);
                System.gc();
                long before = heapUsed();
                LatencyRunner.HeapPeak.reset();
                AtomicLong sampledPeak = new AtomicLong(before);
                Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        sampledPeak.accumulateAndGet(heapUsed(), Math::max);
                        try {
                            Thread.sleep(10);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                long started = System.nanoTime();
                long runId = jobs.startNow(PLUGIN, JOB, "bench");
                JobRunInfo run = await(jobs, runId);
                double seconds = (System.nanoTime() - started) / 1e9;
                sampler.interrupt();
                sampler.join();
                if (run.state() != JobState.SUCCEEDED) {
                    throw new IllegalStateException("The scoring run ended " + run.state() + ": " + run.error());
                }
                System.out.printf("Scoring job: %.1f s (target <= 300 s), %s%n", seconds, run.message());
                System.out.printf("Heap: %.0f MB used before; peak while it ran %.0f MB sampled, %.0f MB upper bound"
                                + " (pools' high-water marks summed); maximum heap %.0f MB (target peak <= 768 MB)%n",
                        megabytes(before), megabytes(sampledPeak.get()), LatencyRunner.HeapPeak.megabytes(),
                        megabytes(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax()));
                printValidation(models(db));
            }
        }
        System.exit(0);
    }

    private static JobRunInfo await(JobScheduler jobs, long runId) throws InterruptedException {
        String last = "";
        while (true) {
            JobRunInfo run = jobs.run(PLUGIN, runId).orElseThrow();
            if (run.state() != JobState.QUEUED && run.state() != JobState.RUNNING) {
                return run;
            }
            String progress = run.done() + "/" + run.total() + " " + run.message();
            if (!progress.equals(last)) {
                System.out.println("  " + progress);
                last = progress;
            }
            Thread.sleep(200);
        }
    }

    /** The stored models' properties text (the plugin's own format), read as a report would. */
    private static Properties models(Database db) throws Exception {
        try (Connection connection = db.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("select params from ret_model where name = ?")) {
            statement.setString(1, "current");
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("The scoring run stored no models");
                }
                Properties models = new Properties();
                models.load(new StringReader(row.getString(1)));
                return models;
            }
        }
    }

    private static void printValidation(Properties models) {
        System.out.printf("Churn model (Tribuo logistic regression, seed %s): AUC %s, lift of the riskiest tenth %s;"
                        + " naive baseline (days since the last purchase): AUC %s, lift %s%n", models.getProperty("seed"),
                decimals(models.getProperty("churn.auc")), first(models.getProperty("churn.lift")),
                decimals(models.getProperty("churn.baselineAuc")), first(models.getProperty("churn.baselineLift")));
        System.out.printf("Lifetime value (BG/NBD + Gamma-Gamma): mean absolute error %s per customer on the hold-out"
                        + " half year, naive baseline %s, over %s customers (%s)%n",
                decimals(models.getProperty("value.error")), decimals(models.getProperty("value.baselineError")),
                models.getProperty("value.validated"), models.getProperty("currency"));
    }

    private static String first(String values) {
        return values == null || values.isEmpty() ? "-" : decimals(values.split(",")[0]);
    }

    private static String decimals(String value) {
        return value == null ? "-" : String.format(java.util.Locale.ROOT, "%.3f", Double.parseDouble(value));
    }

    private static long heapUsed() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
