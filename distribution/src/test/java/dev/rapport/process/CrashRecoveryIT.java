package dev.rapport.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.runtime.PluginZips;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The promise of the event outbox under a crash: Rapport runs as a separate process with the event recorder
 * fixture (a listener that writes every delivery into its own table); writers append interactions through the
 * fixture's public endpoint; the process is killed with SIGKILL in the middle of that load (no shutdown hook runs,
 * the embedded database's server is left behind as an orphan), started again, and every interaction that was
 * committed reaches the listener at least once, none skipped, each customer's in the order they were written.
 */
class CrashRecoveryIT {

    private static final int CUSTOMERS = 8;
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(30);

    private record Acknowledged(long customerId, long interactionId) {
    }

    @Test
    void everyCommittedInteractionReachesTheListenerAfterAKillInTheMiddleOfALoad() throws Exception {
        // A production installation (no demo data): it trusts no development key and takes the test's unsigned plugin.
        try (Installation installation = Installation.fresh("crash", PluginZips.EVENT_RECORDER)
                .with("RAPPORT_DEMO_ENABLED", "false").with("RAPPORT_MARKETPLACE_TRUSTED_KEYS", "")
                .with("RAPPORT_PLUGINS_ALLOW_UNSIGNED", "true")) {
            RapportProcess first = installation.start();
            RecorderClient client = new RecorderClient(first.url());
            List<Long> customers = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                customers.add(client.createCustomer("Crash " + i));
            }

            ConcurrentLinkedQueue<Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
            AtomicBoolean writing = new AtomicBoolean(true);
            try (ExecutorService writers = Executors.newFixedThreadPool(CUSTOMERS / 2)) {
                for (int w = 0; w < CUSTOMERS / 2; w++) {
                    List<Long> own = customers.subList(w * 2, w * 2 + 2);
                    writers.submit(() -> {
                        for (int n = 0; writing.get(); n++) {
                            long customer = own.get(n % own.size());
                            OptionalLong id = client.appendInteraction(customer, "Load " + n);
                            id.ifPresent(interaction -> acknowledged.add(new Acknowledged(customer, interaction)));
                        }
                        return null;
                    });
                }
                long loadStarted = System.nanoTime();
                while (acknowledged.size() < 100 || System.nanoTime() - loadStarted < 2_000_000_000L) {
                    Thread.sleep(50);
                }
                first.kill();
                writing.set(false);
            }
            assertThat(first.orphans()).as("the embedded database server outlives a killed Rapport").isNotEmpty();

            RapportProcess second = installation.start();
            try (Connection database = installation.database()) {
                Map<Long, Set<Long>> committed = committedInteractions(database, customers);
                assertThat(committed.values().stream().flatMap(Set::stream))
                        .as("every acknowledged interaction is committed")
                        .containsAll(acknowledged.stream().map(Acknowledged::interactionId).toList());

                List<long[]> deliveries = awaitDeliveries(database, committed);
                Map<Long, List<Long>> firstSeen = new HashMap<>();
                Map<Long, LinkedHashSet<Long>> seenOrder = new HashMap<>();
                for (long[] delivery : deliveries) {
                    seenOrder.computeIfAbsent(delivery[0], c -> new LinkedHashSet<>()).add(delivery[1]);
                }
                seenOrder.forEach((customer, ids) -> firstSeen.put(customer, List.copyOf(ids)));
                for (long customer : customers) {
                    assertThat(firstSeen.get(customer))
                            .as("customer %d's interactions, in the order the listener first saw them", customer)
                            .containsExactlyElementsOf(committed.get(customer));
                }
                assertThat(acknowledged.size()).as("interactions acknowledged before the kill").isGreaterThan(50);
            }
            second.stop(Duration.ofSeconds(90));
        }
    }

    /** Each customer's interactions in the order they were committed (their ids grow with it). */
    private static Map<Long, Set<Long>> committedInteractions(Connection database, List<Long> customers)
            throws SQLException {
        Map<Long, Set<Long>> committed = new HashMap<>();
        customers.forEach(customer -> committed.put(customer, new TreeSet<>()));
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT customer_id, id FROM interaction")) {
            while (rows.next()) {
                Set<Long> ids = committed.get(rows.getLong(1));
                if (ids != null) {
                    ids.add(rows.getLong(2));
                }
            }
        }
        return committed;
    }

    /**
     * The listener's deliveries of interaction events (customer id, interaction id) in the order it saw them, once
     * every committed interaction was seen; the deliveries so far when that does not happen in time.
     */
    private static List<long[]> awaitDeliveries(Connection database, Map<Long, Set<Long>> committed)
            throws SQLException, InterruptedException {
        Set<Long> expected = new TreeSet<>();
        committed.values().forEach(expected::addAll);
        long deadline = System.nanoTime() + DRAIN_TIMEOUT.toNanos();
        while (true) {
            List<long[]> deliveries = new ArrayList<>();
            try (Statement statement = database.createStatement();
                 ResultSet rows = statement.executeQuery(
                         "SELECT customer_id, interaction_id FROM rec_seen WHERE interaction_id IS NOT NULL ORDER BY id")) {
                while (rows.next()) {
                    deliveries.add(new long[] {rows.getLong(1), rows.getLong(2)});
                }
            }
            Set<Long> seen = new TreeSet<>();
            deliveries.forEach(delivery -> seen.add(delivery[1]));
            if (seen.containsAll(expected) || System.nanoTime() > deadline) {
                return deliveries;
            }
            Thread.sleep(250);
        }
    }
}
