package dev.rapport.bench;

import static dev.rapport.platform.internal.db.Tables.EVENT_APPEND_LOCK;
import static dev.rapport.platform.internal.db.Tables.EVENT_SUBSCRIPTION;
import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;

import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.TriggerListener;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.sql.SQLTransactionRollbackException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The trigger engine's event lag: writers record transactions (deposits, purchases and subscriptions of catalogue
 * products, withdrawals, refunds) and log interactions on every channel for random customers through the kernel's
 * services, {@value #EVENTS_PER_TRANSACTION} events per database transaction (one commit, as an import or a core
 * banking feed would write them), paced together to a target rate. The lag of a committed batch is the time from its
 * commit to the moment the up-sell plugin's listener (the rule engine, {@link TriggerListener}) has saved its position
 * in the outbox past the batch's last event: every rule was evaluated for those events and their actions committed.
 * Positions are polled every {@value #POLL_MILLIS} ms. A batch's last event number is read right after its commit
 * (the outbox's counter), so a batch another writer committed in between counts too: the lag is rather overstated.
 * Two phases of the same writers, one after the other: with no active rule (the engine still reads each event's
 * customer and remembers each transaction), then with the 50 {@link BenchTriggerRules}; in both a no-op listener of the
 * bench registered with the dispatcher gives the outbox's own lag as the baseline.
 */
final class RuleLagRun {

    private static final int WRITERS = 4;
    private static final int EVENTS_PER_TRANSACTION = 25;
    private static final long POLL_MILLIS = 5;
    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final String ENGINE = UpsellPlatformBench.PLUGIN + ":" + TriggerListener.class.getName();
    private static final String OWNER = "bench-upsell";
    private static final String NO_OP = OWNER + ":no-op";

    private final BenchPlatform platform;
    private final SampleData sample;
    private final int seconds;
    private final int rate;

    /** {@code seconds} of writing per phase at {@code rate} events per second (when the machine allows it). */
    RuleLagRun(BenchPlatform platform, SampleData sample, int seconds, int rate) {
        this.platform = platform;
        this.sample = sample;
        this.seconds = seconds;
        this.rate = rate;
    }

    /** What one phase measured. */
    record Phase(String name, long events, double rate, LatencyStats engine, LatencyStats noOp, long firings) {
    }

    List<Phase> measure(PrintStream out) throws Exception {
        PluginContext context = platform.pluginService(UpsellPlatformBench.PLUGIN, PluginContext.class);
        List<ProductInfo> products = context.customers().products();
        List<String> families = products.stream().map(ProductInfo::family).filter(Objects::nonNull).distinct()
                .sorted().toList();
        BenchTriggerRules rules = new BenchTriggerRules(
                platform.pluginService(UpsellPlatformBench.PLUGIN, RuleService.class),
                platform.pluginService(UpsellPlatformBench.PLUGIN, PipelineService.class), families,
                context.money().reportingCurrency());
        EventDispatcher dispatcher = platform.service(EventDispatcher.class);
        dispatcher.register(NO_OP, OWNER, new NoOpListener());
        try {
            Writers writers = new Writers(products, context.money().reportingCurrency());
            rules.activate(false);
            writers.write(Math.max(2, seconds / 10), 0); // warm-up, unmeasured
            catchUp(Math.max(writers.lastEvent(), 0));
            List<Phase> phases = new ArrayList<>();
            phases.add(phase("no active rule", writers, 1));
            rules.activate(true);
            phases.add(phase(BenchTriggerRules.COUNT + " active rules", writers, 2));
            rules.activate(false);
            for (Phase phase : phases) {
                out.printf("  rule lag, %-16s %s events at %s/s (target %s/s, %d per transaction, %d writers):"
                                + " engine p50 %s ms p95 %s ms p99 %s ms | no-op listener p50 %s ms p95 %s ms |"
                                + " %s firings%n", phase.name(), Format.count(phase.events()),
                        Format.count(Math.round(phase.rate())), Format.count(rate), EVENTS_PER_TRANSACTION, WRITERS,
                        Format.count(Math.round(phase.engine().p50())), Format.count(Math.round(phase.engine().p95())),
                        Format.count(Math.round(phase.engine().p99())), Format.count(Math.round(phase.noOp().p50())),
                        Format.count(Math.round(phase.noOp().p95())), Format.count(phase.firings()));
            }
            out.printf("  target: engine lag p95 ≤ 1,000 ms with %d active rules at %s events/s: %s%n",
                    BenchTriggerRules.COUNT, Format.count(rate), phases.getLast().engine().p95() <= 1000
                            && phases.getLast().rate() >= rate * 0.95 ? "met" : "NOT met");
            return phases;
        } finally {
            dispatcher.unregisterOwnedBy(OWNER);
        }
    }

    private Phase phase(String name, Writers writers, int seed) throws Exception {
        DSLContext dsl = platform.service(Database.class).dsl();
        long firingsBefore = firings(dsl);
        try (Positions positions = Positions.poll(dsl, List.of(ENGINE, NO_OP), POLL_MILLIS)) {
            long started = System.nanoTime();
            List<Commit> commits = writers.write(seconds, seed);
            double elapsed = (System.nanoTime() - started) / 1e9;
            long last = commits.stream().mapToLong(Commit::lastEvent).max().orElse(0);
            catchUp(last);
            long events = (long) commits.size() * EVENTS_PER_TRANSACTION;
            return new Phase(name, events, events / elapsed, LatencyStats.of(positions.lags(ENGINE, commits)),
                    LatencyStats.of(positions.lags(NO_OP, commits)), firings(dsl) - firingsBefore);
        }
    }

    private static long firings(DSLContext dsl) {
        return dsl.fetchCount(UPS_FIRING);
    }

    /** Waits until the engine and the no-op listener are past {@code lastEvent}, at most {@link #CATCH_UP}. */
    private void catchUp(long lastEvent) throws InterruptedException {
        DSLContext dsl = platform.service(Database.class).dsl();
        long deadline = System.nanoTime() + CATCH_UP.toNanos();
        while (System.nanoTime() < deadline) {
            Long lowest = dsl.select(DSL.min(EVENT_SUBSCRIPTION.POSITION)).from(EVENT_SUBSCRIPTION)
                    .where(EVENT_SUBSCRIPTION.LISTENER_ID.in(ENGINE, NO_OP)).fetchSingle().value1();
            if (lowest != null && lowest >= lastEvent) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** One committed batch of events: the outbox's last event number right after the commit, and when. */
    record Commit(long lastEvent, long committedNanos) {
    }

    /** The paced writers. */
    private final class Writers {

        private final List<ProductInfo> products;
        private final String currency;
        private final TransactionService transactions = platform.service(TransactionService.class);
        private final InteractionService interactions = platform.service(InteractionService.class);
        private final Clock clock = platform.service(Clock.class);
        private final DSLContext dsl = platform.service(Database.class).dsl();
        private final Actor agent = platform.service(UserDirectory.class).findByUsername(BenchCommand.AGENT)
                .map(Actor::of).orElseThrow(() -> new IllegalStateException("The demo agent is missing"));
        private final List<Commit> all = Collections.synchronizedList(new ArrayList<>());

        Writers(List<ProductInfo> products, String currency) {
            this.products = products;
            this.currency = currency;
        }

        long lastEvent() {
            return all.stream().mapToLong(Commit::lastEvent).max().orElse(0);
        }

        /** Writes for {@code seconds} at the rate, batch by batch as they fall due; returns the batches committed. */
        List<Commit> write(int seconds, int seed) throws Exception {
            int batches = Math.max(1, seconds * rate / EVENTS_PER_TRANSACTION);
            long nanosPerBatch = 1_000_000_000L * EVENTS_PER_TRANSACTION / rate;
            List<Commit> commits = Collections.synchronizedList(new ArrayList<>(batches));
            long start = System.nanoTime();
            // Writers that fall behind the pace stop at the phase's end: the rate reached is what is reported.
            long end = start + seconds * 1_000_000_000L;
            ConcurrentRun.run(batches, WRITERS, batch -> {
                if (System.nanoTime() > end) {
                    return;
                }
                long wait = start + batch * nanosPerBatch - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                writeBatch(seed * 1_000_000L + batch);
                long committed = System.nanoTime();
                commits.add(new Commit(dsl.select(EVENT_APPEND_LOCK.LAST_EVENT_ID).from(EVENT_APPEND_LOCK)
                        .fetchSingle().value1(), committed));
            });
            all.addAll(commits);
            return commits;
        }

        /**
         * One commit of {@link #EVENTS_PER_TRANSACTION} events; a commit that deadlocks with another writer's (random
         * events of the same customers) is written again with the same events, as an application would.
         */
        private void writeBatch(long randomSeed) {
            for (int attempt = 1; ; attempt++) {
                SplittableRandom events = new SplittableRandom(randomSeed);
                try {
                    dsl.transaction(configuration -> {
                        for (int i = 0; i < EVENTS_PER_TRANSACTION; i++) {
                            writeOne(configuration.dsl(), events);
                        }
                    });
                    return;
                } catch (DataAccessException e) {
                    if (attempt == 3 || !(e.getCause() instanceof SQLTransactionRollbackException)) {
                        throw e;
                    }
                }
            }
        }

        /** Three in five a transaction, else a logged contact, for a random customer of the sample. */
        private void writeOne(DSLContext tx, SplittableRandom random) {
            long customer = sample.customer(random.nextInt(sample.customerIds().size()));
            if (random.nextInt(5) >= 3) {
                Channel[] channels = Channel.values();
                interactions.log(tx, new InteractionDraft(customer, null, channels[random.nextInt(channels.length)],
                        Direction.INBOUND, "Rule lag bench contact", null, Outcome.COMPLETED, clock.instant(),
                        "kernel"), agent);
                return;
            }
            int pick = random.nextInt(100);
            TransactionKind kind = pick < 30 ? TransactionKind.DEPOSIT : pick < 65 ? TransactionKind.PURCHASE
                    : pick < 75 ? TransactionKind.SUBSCRIPTION_START : pick < 95 ? TransactionKind.WITHDRAWAL
                    : TransactionKind.REFUND;
            boolean withProduct = kind != TransactionKind.DEPOSIT && kind != TransactionKind.WITHDRAWAL;
            ProductInfo product = withProduct ? products.get(random.nextInt(products.size())) : null;
            // Amounts spread over four orders of magnitude (10 to 100,000), so every threshold matches some.
            BigDecimal amount = BigDecimal.valueOf(Math.round(Math.pow(10, 1 + random.nextDouble() * 4)));
            transactions.record(tx, new TransactionDraft(customer, kind, amount, currency,
                    product == null ? null : product.id(), clock.instant(), "bench", null), agent);
        }
    }

    /** The bench's own listener: takes every event and does nothing, so its lag is the outbox's. */
    private static final class NoOpListener implements DomainEventListener {

        @Override
        public boolean accepts(Class<? extends DomainEvent> type) {
            return true;
        }

        @Override
        public void onEvent(DomainEvent event, EventMetadata metadata) {
            // the delivery is what is measured
        }
    }

    /** Polls listeners' saved positions in the outbox and keeps when each one moved. */
    private static final class Positions implements AutoCloseable {

        private final DSLContext dsl;
        private final List<String> listeners;
        private final List<List<long[]>> moves = new ArrayList<>();
        private final Thread poller;
        private volatile boolean polling = true;

        private Positions(DSLContext dsl, List<String> listeners, long everyMillis) {
            this.dsl = dsl;
            this.listeners = listeners;
            listeners.forEach(listener -> moves.add(Collections.synchronizedList(new ArrayList<>())));
            this.poller = Thread.ofPlatform().name("bench-position-poller").daemon().start(() -> {
                while (polling) {
                    poll();
                    try {
                        TimeUnit.MILLISECONDS.sleep(everyMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        static Positions poll(DSLContext dsl, List<String> listeners, long everyMillis) {
            return new Positions(dsl, listeners, everyMillis);
        }

        private void poll() {
            long now = System.nanoTime();
            dsl.select(EVENT_SUBSCRIPTION.LISTENER_ID, EVENT_SUBSCRIPTION.POSITION).from(EVENT_SUBSCRIPTION)
                    .where(EVENT_SUBSCRIPTION.LISTENER_ID.in(listeners)).fetch().forEach(row -> {
                        List<long[]> seen = moves.get(listeners.indexOf(row.value1()));
                        if (seen.isEmpty() || seen.getLast()[1] != row.value2()) {
                            seen.add(new long[] {now, row.value2()});
                        }
                    });
        }

        /** Each commit's lag to {@code listener}: until the first poll that saw its position at or past the batch. */
        long[] lags(String listener, List<Commit> commits) {
            List<long[]> seen = List.copyOf(moves.get(listeners.indexOf(listener)));
            if (seen.isEmpty()) {
                throw new IllegalStateException("No position of " + listener + " in the outbox: is it registered?");
            }
            long unseen = seen.getLast()[0] + CATCH_UP.toNanos();
            return commits.stream().mapToLong(commit -> {
                for (long[] move : seen) {
                    if (move[1] >= commit.lastEvent()) {
                        return Math.max(0, move[0] - commit.committedNanos());
                    }
                }
                return Math.max(0, unseen - commit.committedNanos()); // never caught up while polled: at least this
            }).toArray();
        }

        @Override
        public void close() throws InterruptedException {
            polling = false;
            poller.join();
        }
    }
}
