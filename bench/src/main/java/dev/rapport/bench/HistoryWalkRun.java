package dev.rapport.bench;

import dev.rapport.platform.persistence.Database;

/**
 * {@link HistoryWalkBenchmark} alone on the bench's generated database of one size (the full {@link BenchCommand}
 * also measures latencies, the import and cold starts, which take most of an hour at 1,000,000 customers): the
 * platform with the shipped plugins in this JVM, the SDK walk against raw JDBC as there. Usage:
 * {@code java -Xmx1g -cp ... dev.rapport.bench.HistoryWalkRun [--customers 1000000] [--seed 42]
 * [--data-dir bench/data] [--buffer-pool-mb 2048]}.
 */
public final class HistoryWalkRun {

    private HistoryWalkRun() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        int customers = options.sizes().getLast();
        try (GeneratedDatabase database = GeneratedDatabase.open(options, customers, System.out)) {
            GeneratedDatabase.Generation data = database.generation();
            System.out.printf("Data: %s customers, %s transactions (seed %d); load average %s%n",
                    Format.count(data.customers()), Format.count(data.transactions()), options.seed(),
                    Machine.loadAverage());
            try (BenchPlatform platform = BenchPlatform.start(database)) {
                SampleData sample = SampleData.draw(platform.service(Database.class).dsl(), options.seed(),
                        BenchCommand.SAMPLE_SIZE);
                for (Figure figure : new HistoryWalkBenchmark().measure(platform, sample)) {
                    System.out.printf("%s: %s %s %s (%s)%n", figure.name(), Format.number(figure.value()),
                            figure.unit(), figure.hasTarget() ? "target " + figure.describeTarget() + ": "
                                    + (figure.meetsTarget() ? "met" : "NOT met") : "", figure.note());
                }
            }
            System.out.printf("Load average at the end: %s%n", Machine.loadAverage());
        }
        System.exit(0);
    }
}
