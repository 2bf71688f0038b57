package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.runtime.Eventually;
import dev.rapport.runtime.PluginZips;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The short cluster run: a MariaDB Galera cluster of three nodes on loopback ({@code src/cluster/galera.sh}, which
 * installs Debian's mariadb-server and galera-4 when missing) and two Rapport nodes on it, node A writing through
 * database node 1 and node B through node 2 (Connector/J's sequential fail-over to the others). While both append
 * interactions, database node 1 is killed with {@code kill -9}; then the dispatcher's node loses its database (its
 * pool is closed: it can neither renew its lease nor write, as a node that died). Afterwards every interaction whose
 * append returned is stored, every one's event reached the recorder plugin at least once, the other node leads the
 * dispatcher, and the killed database node rejoins and holds the same interactions.
 */
class GaleraClusterIT {

    private static final Path ROOT = Path.of("target", "galera-it").toAbsolutePath();
    private static final Path SCRIPT = Path.of("src", "cluster", "galera.sh").toAbsolutePath();
    private static final Path CLUSTER = ROOT.resolve("cluster");
    private static final int APPENDS_PER_NODE = 60;

    private static RapportPlatform nodeA;
    private static RapportPlatform nodeB;
    private static Database check;

    @BeforeAll
    static void start() throws Exception {
        if (Files.isDirectory(CLUSTER)) {
            run("stop", CLUSTER.toString()); // nodes a killed earlier run left behind hold the ports
        }
        RapportServer.deleteRecursively(ROOT);
        Files.createDirectories(ROOT);
        run("start", CLUSTER.toString());
        nodeA = startNode("node-a", 1);
        nodeB = startNode("node-b", 2);
        check = new Database(new Database.ConnectionSettings(url(3), "rapport", "rapport"), 2);
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {nodeB, nodeA, check}) {
            if (closeable != null) {
                closeable.close();
            }
        }
        run("stop", CLUSTER.toString());
    }

    @Test
    void noCommittedInteractionOrEventIsLostWhenADatabaseNodeAndTheDispatchersNodeDie() throws Exception {
        long customerId = nodeA.services().require(CustomerService.class).create(new CustomerDraft(CustomerKind.PERSON,
                "Gale", "Ra", null, LifecycleStage.CUSTOMER, null, "en", "USD", "UTC", false, List.of(), List.of(),
                List.of(), Set.of(), null), Actor.SYSTEM).id();
        List<Long> committed = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean killed = new AtomicBoolean();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<?>> load = new ArrayList<>();
            for (RapportPlatform node : List.of(nodeA, nodeB)) {
                load.add(threads.submit(() -> append(node, customerId, committed, killed)));
            }
            Eventually.await("a third of the appends", Duration.ofSeconds(60), committed::size,
                    size -> size >= APPENDS_PER_NODE * 2 / 3);
            run("kill", CLUSTER.toString(), "1");
            killed.set(true);
            for (Future<?> node : load) {
                node.get();
            }
        }
        assertThat(committed).as("appends that returned while a database node died").hasSizeGreaterThan(APPENDS_PER_NODE);

        RapportPlatform leader = nodeA.services().require(EventDispatcher.class).isLeading() ? nodeA : nodeB;
        RapportPlatform other = leader == nodeA ? nodeB : nodeA;
        leader.services().require(Database.class).close();
        for (int i = 0; i < 5; i++) {
            committed.add(call(other, customerId, "after the leader died " + i));
        }
        Eventually.await("the other node leads", Duration.ofSeconds(30),
                () -> other.services().require(EventDispatcher.class).isLeading(), Boolean::booleanValue);

        DSLContext dsl = check.dsl();
        assertThat(dsl.select(DSL.field("id", Long.class)).from("interaction").fetch(0, Long.class))
                .as("every committed interaction").containsAll(committed);
        Eventually.await("every committed interaction's event delivered", Duration.ofSeconds(60),
                () -> dsl.select(DSL.field("interaction_id", Long.class)).from("rec_seen")
                        .where(DSL.field("interaction_id").isNotNull()).fetch(0, Long.class),
                seen -> seen.containsAll(committed));

        run("rejoin", CLUSTER.toString(), "1");
        try (Database rejoined = new Database(new Database.ConnectionSettings(url(1), "rapport", "rapport"), 1)) {
            assertThat(rejoined.dsl().fetchCount(DSL.table("interaction")))
                    .as("the rejoined node's interactions").isEqualTo(dsl.fetchCount(DSL.table("interaction")));
        }
        if (leader == nodeA) {
            nodeA = null;
        } else {
            nodeB = null;
        }
        leader.close();
    }

    /** Appends until the node did {@link #APPENDS_PER_NODE} after the kill started; failed appends are not counted. */
    private static Void append(RapportPlatform node, long customerId, List<Long> committed, AtomicBoolean killed) {
        int afterKill = 0;
        for (int i = 0; afterKill < APPENDS_PER_NODE / 2 && i < APPENDS_PER_NODE * 10; i++) {
            try {
                committed.add(call(node, customerId, "call " + i));
            } catch (RuntimeException e) {
                // The statement ran on the killed node: its transaction did not commit, or its answer was lost.
                sleep();
            }
            if (killed.get()) {
                afterKill++;
            } else if (i >= APPENDS_PER_NODE) {
                sleep();
            }
        }
        return null;
    }

    private static long call(RapportPlatform node, long customerId, String subject) {
        return node.services().require(InteractionService.class).log(new InteractionDraft(customerId, null,
                Channel.PHONE, Direction.OUTBOUND, subject, null, Outcome.COMPLETED, Instant.now(), "kernel"),
                Actor.SYSTEM).id();
    }

    private static RapportPlatform startNode(String name, int firstDatabaseNode) throws IOException {
        Path home = ROOT.resolve(name);
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.copy(PluginZips.EVENT_RECORDER, plugins.resolve(PluginZips.EVENT_RECORDER.getFileName()));
        Map<String, String> values = new HashMap<>(Map.of(
                "db.url", url(firstDatabaseNode), "db.user", "rapport", "db.password", "rapport",
                "node.id", name, "cluster.nodes", "2",
                "events.dispatcher.lease.ms", "3000", "events.dispatcher.renew.ms", "500"));
        values.putAll(Map.of("http.host", "127.0.0.1", "http.port", "0", "data.dir", home.resolve("data").toString(),
                "demo.enabled", "false", "plugins.dir", plugins.toString(), "plugins.watch", "false",
                "plugins.allow.unsigned", "true", "events.retry.pause.ms", "20"));
        return RapportPlatform.start(RapportConfig.of(home, values));
    }

    /** The three database nodes, {@code first} first: Connector/J uses it while it answers. */
    private static String url(int first) {
        StringBuilder hosts = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            hosts.append(i == 0 ? "" : ",").append("127.0.0.1:").append(3310 + (first - 1 + i) % 3 + 1);
        }
        return "jdbc:mariadb:sequential://" + hosts + "/rapport?sslMode=disable&connectTimeout=2000";
    }

    private static void run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ROOT.resolve("galera-" + arguments[0] + ".log").toFile()).start();
        int exit = process.waitFor();
        assertThat(exit).as("galera.sh %s (see %s)", String.join(" ", arguments), ROOT).isZero();
    }

    private static void sleep() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
