package dev.rapport.bench;

import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The REST API measured through real HTTP against the platform running in the bench's JVM, each figure with its
 * baseline in the same run: reading a customer by id ({@code GET /api/v1/customers/{id}}, the client's round trip on
 * loopback, which includes the server's time) against the kernel's {@link CustomerService} and against raw JDBC
 * reading the same rows; appending interactions with an {@code Idempotency-Key} from several client threads at once
 * (rate and latency) against {@link InteractionService} called directly by as many threads. It prints the figures
 * and leaves RESULTS.md alone.
 * <p>{@code java -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.ApiBench [customers,
 * default 100000] [reads, default 2000] [appends, default 10000] [client threads, default 8]}
 */
public final class ApiBench {

    /** Per-token limit for the bench's one token: the product's default (600 a minute) would refuse the load. */
    private static final String NO_RATE_LIMIT = String.valueOf(Integer.MAX_VALUE);
    private static final int READ_WARMUP = 1000;
    private static final int REPLAYS = 200;
    private static final String SUBJECT = "API bench call";
    private static final LatencyResult.Target READ_TARGET = new LatencyResult.Target(5, Double.NaN);

    private ApiBench() {
    }

    public static void main(String[] args) throws Exception {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int reads = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int appends = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        BenchOptions options = BenchOptions.parse("--customers", String.valueOf(customers));
        Machine machine = Machine.current();
        System.out.printf("API bench on %d cores, %s; load average %s%n", machine.cores(), machine.jdk(),
                Machine.loadAverage());
        try (GeneratedDatabase database = GeneratedDatabase.open(options, customers, System.out);
             BenchPlatform platform = BenchPlatform.start(database, Map.of("api.requests.per.minute", NO_RATE_LIMIT))) {
            SampleData sample = SampleData.draw(platform.service(Database.class).dsl(), options.seed(),
                    BenchCommand.SAMPLE_SIZE);
            ApiClient api = ApiClient.withServiceAccountToken(platform);
            System.out.printf("Load average before the reads: %s%n", Machine.loadAverage());
            new LatencyRunner(READ_WARMUP, reads).measureAll(readOperations(platform, api, sample), ApiBench::print);
            serverTimeOfReads(api, sample, reads).forEach(ApiBench::print);
            System.out.printf("Load average before the appends: %s%n", Machine.loadAverage());
            appends(platform, api, sample, appends, clients).forEach(ApiBench::print);
        }
        System.out.printf("Load average at the end: %s%n", Machine.loadAverage());
        // the platform is closed, but a library's stray non-daemon thread must not keep the command alive
        System.exit(0);
    }

    /** The customer by id through HTTP, through the service, and as raw JDBC reads of the rows the API returns. */
    private static List<Operation> readOperations(BenchPlatform platform, ApiClient api, SampleData sample) {
        CustomerService customers = platform.service(CustomerService.class);
        RawJdbc raw = new RawJdbc(platform.service(Database.class).dataSource());
        return List.of(
                new Operation("API: GET customer by id (loopback round trip)", READ_TARGET,
                        i -> api.getCustomer(sample.customer(i)), i -> Customer360Operation.readRecord(raw,
                        sample.customer(i))),
                new Operation("Service: CustomerService.get (no HTTP)", LatencyResult.Target.NONE,
                        i -> customers.get(sample.customer(i)).id(), i -> Customer360Operation.readRecord(raw,
                        sample.customer(i))));
    }

    /**
     * The server's own time of {@code GET customers/{id}} (its {@code Server-Timing} header: from taking the request to
     * the answer ready to write), which is what the target is about; the round trip adds the client and the network.
     */
    private static List<Figure> serverTimeOfReads(ApiClient api, SampleData sample, int reads) throws Exception {
        long[] nanos = new long[reads];
        for (int i = 0; i < reads; i++) {
            nanos[i] = api.serverNanosOfGetCustomer(sample.customer(i));
        }
        LatencyStats server = LatencyStats.of(nanos);
        String how = Format.count(reads) + " GET /api/v1/customers/{id} one after the other, Server-Timing app;dur";
        return List.of(Figure.informative("API GET customer: server time p50", server.p50(), "ms", how),
                Figure.atMost("API GET customer: server time p95", server.p95(), "ms", 5, how),
                Figure.informative("API GET customer: server time p99", server.p99(), "ms", how));
    }

    private static List<Figure> appends(BenchPlatform platform, ApiClient api, SampleData sample, int count,
                                        int clients) throws Exception {
        InteractionService interactions = platform.service(InteractionService.class);
        Clock clock = platform.service(Clock.class);
        Actor agent = platform.service(UserDirectory.class).findByUsername(BenchCommand.AGENT).map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("The demo agent " + BenchCommand.AGENT + " is missing"));
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(UUID.randomUUID().toString());
        }
        ConcurrentRun.Call overHttp = i -> api.appendInteraction(sample.customer(i), keys.get(i), SUBJECT);
        ConcurrentRun.Call direct = i -> interactions.log(new InteractionDraft(sample.customer(i), null, Channel.PHONE,
                Direction.OUTBOUND, SUBJECT, null, Outcome.COMPLETED, clock.instant(), "kernel"), agent);
        int warmup = Math.max(1, count / 10);
        // Warm-up keys are fresh ones too: the measured run's keys must all be new to the API.
        ConcurrentRun.run(warmup, clients, i -> api.appendInteraction(sample.customer(i), UUID.randomUUID().toString(),
                SUBJECT));
        ConcurrentRun.run(warmup, clients, direct);
        ConcurrentRun.Result http = ConcurrentRun.run(count, clients, overHttp);
        String loadBetween = Machine.loadAverage();
        ConcurrentRun.Result service = ConcurrentRun.run(count, clients, direct);
        ConcurrentRun.Result replays = ConcurrentRun.run(Math.min(REPLAYS, count), clients,
                i -> api.replayInteraction(sample.customer(i), keys.get(i), SUBJECT));
        String how = Format.count(count) + " POST /api/v1/customers/{id}/interactions, each with a new Idempotency-Key, "
                + "from " + clients + " client threads (HttpClient, keep-alive); load average after: " + loadBetween;
        String baseline = "InteractionService.log called directly by " + clients + " threads, same count";
        return List.of(
                Figure.atLeast("API append: rate", http.ratePerSecond(), "interactions/s", 1000, how),
                Figure.informative("API append: p50", http.latency().p50(), "ms", "client round trip, as above"),
                Figure.atMost("API append: p95", http.latency().p95(), "ms", 50, "client round trip, as above"),
                Figure.informative("API append: p99", http.latency().p99(), "ms", "client round trip, as above"),
                Figure.informative("Baseline: service append rate", service.ratePerSecond(), "interactions/s", baseline),
                Figure.informative("Baseline: service append p50", service.latency().p50(), "ms", baseline),
                Figure.informative("Baseline: service append p95", service.latency().p95(), "ms", baseline),
                Figure.informative("API replay (same key, same body): p95", replays.latency().p95(), "ms",
                        Format.count(replays.latency().calls()) + " retries of measured calls, each answered "
                                + "Idempotent-Replayed: true"));
    }

    private static void print(LatencyResult result) {
        System.out.printf("  %-48s p50 %7s  p95 %7s  p99 %7s ms   raw p50 %7s  p95 %7s ms  target %s: %s%n",
                result.operation(), Format.number(result.service().p50()), Format.number(result.service().p95()),
                Format.number(result.service().p99()), Format.number(result.raw().p50()),
                Format.number(result.raw().p95()), result.target().describe().isEmpty() ? "none"
                        : result.target().describe(), result.meetsTarget() ? "met" : "NOT met");
    }

    private static void print(Figure figure) {
        System.out.printf("  %-42s %10s %-15s %s%s%n", figure.name(), Format.number(figure.value()), figure.unit(),
                figure.hasTarget() ? "target " + figure.describeTarget() + (figure.meetsTarget() ? " met; " : " NOT met; ")
                        : "", figure.note());
    }
}
