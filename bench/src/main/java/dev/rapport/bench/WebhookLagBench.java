package dev.rapport.bench;

import dev.rapport.platform.persistence.Database;

/**
 * Runs only the {@link WebhookLagBenchmark} on a generated database (reused when there is one of that size), for a
 * figure without the whole benchmark command's hour; it prints the figures and leaves RESULTS.md alone.
 * <p>{@code java -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.WebhookLagBench
 * [customers, default 100000] [interactions, default 10000] [rate per second, default 1000] [no-webhook]}; with
 * {@code no-webhook} the same writers run with no subscription (the baseline of their rate).
 */
public final class WebhookLagBench {

    private WebhookLagBench() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int appends = args.length > 1 ? Integer.parseInt(args[1]) : BenchCommand.WEBHOOK_APPENDS;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : BenchCommand.WEBHOOK_RATE;
        boolean webhook = !(args.length > 3 && args[3].equals("no-webhook"));
        BenchOptions options = BenchOptions.parse("--customers", String.valueOf(customers));
        Machine machine = Machine.current();
        System.out.printf("Webhook lag bench on %d cores, %s; load average %s%n", machine.cores(), machine.jdk(),
                Machine.loadAverage());
        try (GeneratedDatabase database = GeneratedDatabase.open(options, customers, System.out);
             BenchPlatform platform = BenchPlatform.start(database)) {
            SampleData sample = SampleData.draw(platform.service(Database.class).dsl(), options.seed(),
                    BenchCommand.SAMPLE_SIZE);
            for (Figure figure : (webhook ? new WebhookLagBenchmark(appends, rate)
                    : WebhookLagBenchmark.withoutWebhook(appends, rate)).measure(platform, sample)) {
                System.out.printf("  %-32s %10s %s   %s%n", figure.name(), Format.number(figure.value()), figure.unit(),
                        figure.note());
            }
        }
        System.out.printf("Load average at the end: %s%n", Machine.loadAverage());
    }
}
