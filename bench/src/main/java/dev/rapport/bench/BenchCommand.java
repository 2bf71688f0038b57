package dev.rapport.bench;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark command: for each size, a generated database (made once, then reused), the latency of the
 * kernel's operations through its services against raw JDBC, event dispatch, CSV import, cold start; then the
 * report and the plot. Run with {@code --help} for the options.
 */
public final class BenchCommand {

    /** The demo agent who logs the benchmark's interactions. */
    static final String AGENT = "james.miller";
    static final int SAMPLE_SIZE = 1000;
    /** The rate of API appends, at which webhooks must keep up. */
    static final int WEBHOOK_RATE = 1000;
    /** Interactions of {@link WebhookLagBench}'s measured run; the command logs half of {@code --events}. */
    static final int WEBHOOK_APPENDS = 10_000;

    private final BenchOptions options;
    private final PrintStream console;

    BenchCommand(BenchOptions options, PrintStream console) {
        this.options = options;
        this.console = console;
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchOptions.USAGE);
            return;
        }
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        new BenchCommand(options, System.out).run("java dev.rapport.bench.BenchCommand " + String.join(" ", args));
        // the platform is closed, but a library's stray non-daemon thread must not keep the command alive
        System.exit(0);
    }

    List<SizeResults> run(String commandLine) throws Exception {
        Machine machine = Machine.current();
        console.printf("Rapport benchmark on %d cores, %s MB, %s; %s%n", machine.cores(),
                Format.count(machine.memoryMegabytes()), machine.jdk(), options.describe());
        List<SizeResults> results = new ArrayList<>();
        for (int customers : options.sizes()) {
            results.add(measure(customers));
        }
        LatencyPlot.write(results, options.plot());
        ResultsReport.write(options, commandLine, machine, results, options.plot());
        console.printf("Results: %s, plot: %s%n", options.results().toAbsolutePath(), options.plot());
        return results;
    }

    private SizeResults measure(int customers) throws Exception {
        console.printf("%n== %s customers ==%n", Format.count(customers));
        try (GeneratedDatabase database = GeneratedDatabase.open(options, customers, console)) {
            String loadBefore = Machine.loadAverage();
            console.printf("Load average: %s%n", loadBefore);
            List<LatencyResult> latencies = new ArrayList<>();
            List<Figure> figures = new ArrayList<>();
            String mariaDbVersion;
            try (BenchPlatform platform = BenchPlatform.start(database)) {
                Database db = platform.service(Database.class);
                mariaDbVersion = db.dsl().fetchValue("select version()").toString();
                SampleData sample = SampleData.draw(db.dsl(), options.seed(), SAMPLE_SIZE);
                latencies.addAll(new LatencyRunner(options.warmup(), options.iterations())
                        .measureAll(operations(platform, sample), this::print));
                for (FigureBenchmark benchmark : figureBenchmarks(customers, database)) {
                    for (Figure figure : benchmark.measure(platform, sample)) {
                        print(figure);
                        figures.add(figure);
                    }
                }
            }
            for (Figure figure : ColdStartBenchmark.measure(database, options.coldStarts())) {
                print(figure);
                figures.add(figure);
            }
            return new SizeResults(customers, database.generation(), mariaDbVersion, loadBefore, Machine.loadAverage(),
                    latencies, figures);
        }
    }

    private static List<Operation> operations(BenchPlatform platform, SampleData sample) {
        CustomerService customers = platform.service(CustomerService.class);
        RawJdbc raw = new RawJdbc(platform.service(Database.class).dataSource());
        Clock clock = platform.service(Clock.class);
        Actor agent = platform.service(UserDirectory.class).findByUsername(AGENT).map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("The demo agent " + AGENT + " is missing"));
        List<Operation> operations = new ArrayList<>(CustomerListOperations.all(customers, raw, sample));
        operations.add(Customer360Operation.of(customers, platform.service(TimelineService.class), raw, clock, sample));
        operations.add(AppendInteractionOperation.of(platform.service(InteractionService.class), agent, raw, clock,
                sample));
        return operations;
    }

    private List<FigureBenchmark> figureBenchmarks(int customers, GeneratedDatabase database) {
        return List.of(new EventDispatchBenchmark(options.events()),
                new ImportBenchmark(customers, options.seed(), database.folder()),
                new AppendsDuringImportBenchmark(customers, options.seed(), database.folder()), new HistoryWalkBenchmark(),
                new WebhookLagBenchmark(Math.max(1, options.events() / 2), WEBHOOK_RATE));
    }

    private void print(LatencyResult result) {
        console.printf("  %-46s p50 %7s  p95 %7s  p99 %7s ms   raw p95 %7s ms  ratio %5s  heap %5s MB%n",
                result.operation(), Format.number(result.service().p50()), Format.number(result.service().p95()),
                Format.number(result.service().p99()), result.raw() == null ? "–" : Format.number(result.raw().p95()),
                Format.number(result.ratio()), Format.number(result.heapPeakMegabytes()));
    }

    private void print(Figure figure) {
        console.printf("  %-46s %s %s%n", figure.name(), Format.number(figure.value()), figure.unit());
    }
}
