package dev.rapport.bench;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Interaction appends through the product on database servers given by their JDBC addresses, e.g. a Galera cluster
 * (src/cluster/galera.sh) against a single server of the same MariaDB version, in one run. Per address one platform
 * (no plugins) is started; {@code --threads} threads each log {@code --appends} calls on their own customers,
 * after {@code --warmup} calls each. Prints appends per second and p50/p95/p99 per address.
 *
 * <pre>java -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.ClusterAppendBenchmark \
 *   --user rapport --password rapport --appends 2000 --threads 4 \
 *   single=jdbc:mariadb://127.0.0.1:3314/rapport?sslMode=disable \
 *   galera=jdbc:mariadb:sequential://127.0.0.1:3311,127.0.0.1:3312,127.0.0.1:3313/rapport?sslMode=disable</pre>
 */
public final class ClusterAppendBenchmark {

    private ClusterAppendBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                String[] target = args[i].split("=", 2);
                targets.put(target[0], target[1]);
            }
        }
        int appends = Integer.parseInt(options.getOrDefault("appends", "2000"));
        int threads = Integer.parseInt(options.getOrDefault("threads", "4"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, String> target : targets.entrySet()) {
            lines.add(measure(target.getKey(), target.getValue(), options, appends, threads, warmup));
        }
        System.out.println();
        System.out.println("| database | threads | appends | appends/s | p50 ms | p95 ms | p99 ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        lines.forEach(System.out::println);
    }

    private static String measure(String label, String url, Map<String, String> options, int appends, int threads,
                                  int warmup) throws Exception {
        Path home = Files.createTempDirectory("rapport-cluster-bench-" + label);
        Map<String, String> settings = Map.of("db.url", url, "db.user", options.getOrDefault("user", "rapport"),
                "db.password", options.getOrDefault("password", ""), "http.host", "127.0.0.1", "http.port", "0",
                "plugins.dir", Files.createDirectories(home.resolve("plugins")).toString(), "demo.enabled", "false",
                "db.pool.size", String.valueOf(threads + 4));
        try (RapportPlatform platform = RapportPlatform.start(RapportConfig.of(home, settings))) {
            InteractionService interactions = platform.services().require(InteractionService.class);
            CustomerService customers = platform.services().require(CustomerService.class);
            long[] nanos = new long[appends * threads];
            long started;
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                List<Long> customerIds = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    customerIds.add(customers.create(new CustomerDraft(CustomerKind.PERSON, "Bench", label + t, null,
                            LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false, List.of(), List.of(), List.of(),
                            Set.of(), null), Actor.SYSTEM).id());
                }
                run(pool, threads, warmup, (thread, i) -> append(interactions, customerIds.get(thread)));
                started = System.nanoTime();
                run(pool, threads, appends, (thread, i) -> {
                    long start = System.nanoTime();
                    append(interactions, customerIds.get(thread));
                    nanos[thread * appends + i] = System.nanoTime() - start;
                });
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LatencyStats stats = LatencyStats.of(nanos);
            return String.format("| %s | %d | %d | %.0f | %.2f | %.2f | %.2f |", label, threads, appends * threads,
                    appends * threads / seconds, stats.p50(), stats.p95(), stats.p99());
        }
    }

    private interface Call {
        void run(int thread, int index);
    }

    private static void run(ExecutorService pool, int threads, int calls, Call call) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            running.add(pool.submit(() -> {
                for (int i = 0; i < calls; i++) {
                    call.run(thread, i);
                }
            }));
        }
        for (Future<?> future : running) {
            future.get();
        }
    }

    private static void append(InteractionService interactions, long customerId) {
        interactions.log(new InteractionDraft(customerId, null, Channel.PHONE, Direction.OUTBOUND, "Benchmark call",
                null, Outcome.COMPLETED, Instant.now(), "kernel"), Actor.SYSTEM);
    }
}
