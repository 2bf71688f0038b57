package dev.rapport.bench;

import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.persistence.Database;
import dev.rapport.plugin.upsell.UpsellPlugin;
import dev.rapport.plugin.upsell.offer.MiningJob;
import dev.rapport.plugin.upsell.offer.OfferMiner;
import dev.rapport.plugin.upsell.offer.OfferService;
import dev.rapport.plugin.upsell.opportunity.Opportunity;
import dev.rapport.plugin.upsell.opportunity.OpportunityFilter;
import dev.rapport.plugin.upsell.opportunity.OpportunityQueries;
import dev.rapport.plugin.upsell.opportunity.OpportunityStatus;
import dev.rapport.sdk.job.JobState;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The up-sell plugin in the running product at a generated size (issue 17's performance section), the platform with
 * the shipped plugins and the up-sell plugin (loaded from the bench's class path, so the bench calls its services) in
 * this JVM, on the bench's generated database of that size. Measured, each with a baseline in the same run:
 * <ul>
 *   <li>offers: after a mining run over the generated history, the Offers tab's data (the customer's top offers with
 *       their product names, and their open opportunities) for random customers, alternating call by call with raw
 *       JDBC reading the same rows (their latest transactions, declined offers, open opportunities) without ranking;</li>
 *   <li>the kanban board's first screen with many open opportunities in one pipeline ({@link UpsellBoardRun});</li>
 *   <li>the event lag of 50 active rules while events are written at a target rate ({@link RuleLagRun}), against
 *       the same writers with no active rule and a no-op listener of the dispatcher.</li>
 * </ul>
 * The bench's opportunities, rules and events stay in the generated database; a later run reuses its pipeline.
 * <p>{@code java -Xmx1g -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.UpsellPlatformBench
 * [customers, default 100000] [seconds of writing per lag phase, default 40] [events per second, default 5000]}
 */
public final class UpsellPlatformBench {

    static final String PLUGIN = "upsell";
    /** The sales manager of the demo accounts: who acts outside a request (saves the rules, sees the board). */
    static final String MANAGER = "anna.schmidt";
    private static final int OFFERS_SHOWN = 5;
    private static final int OPEN_SHOWN = 20;

    /** How much one run measures. */
    record Sizes(int customers, int offerCalls, int boardOpportunities, int boardCalls, int lagSeconds, int rate) {

        static Sizes of(String[] args) {
            return new Sizes(BenchOptions.positional(args, 0, 100_000), 1000, 10_000, 100,
                    BenchOptions.positional(args, 1, 40), BenchOptions.positional(args, 2, 5000));
        }
    }

    private UpsellPlatformBench() {
    }

    public static void main(String[] args) throws Exception {
        Sizes sizes = Sizes.of(args);
        run(BenchOptions.parse("--customers", String.valueOf(sizes.customers())), sizes, System.out);
        System.exit(0);
    }

    /** What one run measured. */
    record Results(LatencyResult offers, List<LatencyResult> board, List<RuleLagRun.Phase> ruleLag) {
    }

    static Results run(BenchOptions options, Sizes sizes, PrintStream out) throws Exception {
        try (GeneratedDatabase database = GeneratedDatabase.open(options, sizes.customers(), out);
             BenchPlatform platform = BenchPlatform.startWithPlugin(database, PLUGIN, UpsellPlugin.class, MANAGER)) {
            pauseMining(platform.service(JobScheduler.class));
            GeneratedDatabase.Generation data = database.generation();
            Machine machine = Machine.current();
            out.printf("Up-sell platform bench on %d cores, %s; %s customers, %s transactions, %s interactions (seed %d);"
                            + " load average %s%n", machine.cores(), machine.jdk(), Format.count(data.customers()),
                    Format.count(data.transactions()), Format.count(data.interactions()), options.seed(),
                    Machine.loadAverage());
            DataSource dataSource = platform.service(Database.class).dataSource();
            SampleData sample = SampleData.draw(platform.service(Database.class).dsl(), options.seed(),
                    sizes.offerCalls());
            LatencyResult offers = offers(platform, dataSource, sample, sizes, out);
            List<LatencyResult> board = new UpsellBoardRun(platform, dataSource, sample, sizes.boardOpportunities(),
                    sizes.boardCalls()).measure(out);
            List<RuleLagRun.Phase> ruleLag = new RuleLagRun(platform, sample, sizes.lagSeconds(), sizes.rate())
                    .measure(out);
            out.printf("Load average at the end: %s%n", Machine.loadAverage());
            return new Results(offers, board, ruleLag);
        }
    }

    /** The nightly mining must not start while something else is measured: it runs here once, when asked. */
    private static void pauseMining(JobScheduler jobs) throws InterruptedException {
        jobs.setPaused(PLUGIN, MiningJob.ID, true);
        while (jobs.latest(PLUGIN, MiningJob.ID).map(run -> run.state() == JobState.QUEUED
                || run.state() == JobState.RUNNING).orElse(false)) {
            Thread.sleep(200);
        }
    }

    private static LatencyResult offers(BenchPlatform platform, DataSource dataSource, SampleData sample, Sizes sizes,
                                        PrintStream out) {
        OfferService offers = platform.pluginService(PLUGIN, OfferService.class);
        OpportunityQueries queries = platform.pluginService(PLUGIN, OpportunityQueries.class);
        OfferMiner.Result mined = asPlugin(platform, () -> platform.pluginService(PLUGIN, OfferMiner.class)
                .run(() -> false, (done, total, message) -> { }));
        asPlugin(platform, () -> {
            offers.reload();
            return null;
        });
        out.printf("  mining run: %s customers with purchases, %s rules, %s ms%n", Format.count(mined.customers()),
                Format.count(mined.rules()), Format.count(mined.millis()));
        Set<Long> withOffers = new HashSet<>();
        Operation tab = new Operation("Offers tab: top offers and open opportunities",
                new LatencyResult.Target(20, Double.NaN), i -> asPlugin(platform, () -> {
                    long customer = sample.customer(i);
                    List<String> names = offers.offers(customer, OFFERS_SHOWN).stream()
                            .map(offer -> offers.product(offer.productId()).name()).toList();
                    if (!names.isEmpty()) {
                        withOffers.add(customer);
                    }
                    return queries.page(new OpportunityFilter(OpportunityStatus.OPEN, null, null, customer), null,
                            OPEN_SHOWN).stream().map(Opportunity::id).toList();
                }), i -> rawOfferRows(dataSource, sample.customer(i)));
        int warmup = Math.max(10, sizes.offerCalls() / 10);
        LatencyResult result = new LatencyRunner(warmup, sizes.offerCalls()).measureAll(List.of(tab), measured -> out.printf(
                "  %-48s service p50 %6.2f ms p95 %6.2f ms p99 %6.2f ms | raw JDBC p50 %6.2f ms p95 %6.2f ms p99 %6.2f ms"
                        + " | target p95 ≤ 20 ms: %s%n", measured.operation(), measured.service().p50(),
                measured.service().p95(), measured.service().p99(), measured.raw().p50(), measured.raw().p95(),
                measured.raw().p99(), measured.meetsTarget() ? "met" : "NOT met")).getFirst();
        out.printf("  %s of %s sampled customers had offers%n", Format.count(withOffers.size()),
                Format.count(sample.customerIds().size()));
        return result;
    }

    /**
     * The rows the tab's services read, by hand: the customer's latest 500 transactions (what they hold), the
     * offers they declined lately and their first open opportunities; returns the opportunities' ids.
     */
    private static List<Long> rawOfferRows(DataSource dataSource, long customerId) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement held = connection.prepareStatement("select id, kind, product_id, amount, currency,"
                    + " occurred_at from customer_transaction where customer_id = ? order by occurred_at desc, id desc"
                    + " limit 500")) {
                RawJdbc.bind(held, customerId);
                try (ResultSet rows = held.executeQuery()) {
                    while (rows.next()) {
                        rows.getLong(3);
                    }
                }
            }
            RawJdbc.rows(connection, "select product_id from ups_declined_offer where customer_id = ?"
                    + " and until_at > current_timestamp(6)", customerId);
            return RawJdbc.ids(connection, "select id from ups_opportunity where status = 'OPEN' and customer_id = ?"
                    + " order by expected_close, id limit " + OPEN_SHOWN, customerId);
        }
    }

    /** Runs {@code work} as the platform runs the plugin's own code. */
    static <T> T asPlugin(BenchPlatform platform, Supplier<T> work) {
        return platform.service(dev.rapport.platform.plugin.PluginHost.class).callAsPlugin(PLUGIN, work);
    }
}
