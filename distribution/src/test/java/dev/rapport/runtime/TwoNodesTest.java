package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.it.RapportServer;
import dev.rapport.marketplace.TestRepository;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.marketplace.InstallProgress;
import dev.rapport.platform.marketplace.Signatures;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.EmbeddedDatabase;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of one installation on one database, as a cluster runs them behind a load balancer: each with its own
 * plugins folder, node id and web server, both pointed at one MariaDB. They answer the load balancer's health checks,
 * show the same data, drop a user changed on the other node from their caches within a second, converge on the
 * plugins the database records (an installation from the marketplace on one node runs on the other), deliver every
 * event appended on either node at least once through the one dispatcher that leads, and hand the dispatcher over
 * when its node stops. Every table, the kernel's and the plugins', has a primary key (Galera needs one).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final Path ROOT = Path.of("target", "runtime-tests", "two-nodes").toAbsolutePath();
    private static final String GREETER = "fixture-greeter";
    private static final Duration CONVERGED = Duration.ofSeconds(30);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static EmbeddedDatabase server;
    private static Database database;
    private static TestRepository repository;
    private static RapportPlatform nodeA;
    private static RapportPlatform nodeB;

    @BeforeAll
    static void start() throws IOException {
        // MariaDB's unpacked binaries are kept between runs (unpacking them costs seconds); its data is made anew.
        for (String folder : List.of("mariadb/data", "repository", "node-a", "node-b")) {
            RapportServer.deleteRecursively(ROOT.resolve(folder));
        }
        Files.deleteIfExists(ROOT.resolve("mariadb").resolve("credentials.properties"));
        server = EmbeddedDatabase.start(ROOT.resolve("mariadb"), 0, 64);
        database = new Database(server.connectionSettings(), 2);
        repository = new TestRepository(ROOT.resolve("repository"), Signatures.newKeyPair());
        repository.publish(PluginZips.GREETER);
        nodeA = startNode("node-a");
        nodeB = startNode("node-b");
    }

    private static RapportPlatform startNode(String name) throws IOException {
        Path home = ROOT.resolve(name);
        Path plugins = Files.createDirectories(home.resolve("plugins"));
        Files.copy(PluginZips.EVENT_RECORDER, plugins.resolve(PluginZips.EVENT_RECORDER.getFileName()));
        Database.ConnectionSettings settings = server.connectionSettings();
        Map<String, String> values = new HashMap<>(Map.of(
                "db.url", settings.url(), "db.user", settings.user(), "db.password", settings.password(),
                "node.id", name, "cluster.nodes", "2",
                "events.dispatcher.lease.ms", "3000", "events.dispatcher.renew.ms", "500",
                "cluster.cache.poll.ms", "200", "cluster.plugins.poll.ms", "500"));
        values.putAll(Map.of("http.host", "127.0.0.1", "http.port", "0", "data.dir", home.resolve("data").toString(),
                "demo.enabled", "false", "plugins.dir", plugins.toString(), "plugins.watch", "false",
                "plugins.allow.unsigned", "true", "marketplace.repository", repository.url(),
                "marketplace.trusted.keys", repository.publicKey(), "events.retry.pause.ms", "20"));
        return RapportPlatform.start(RapportConfig.of(home, values));
    }

    @AfterAll
    static void stop() {
        for (RapportPlatform node : new RapportPlatform[] {nodeB, nodeA}) {
            if (node != null) {
                node.close();
            }
        }
        database.close();
        server.close();
    }

    @Test
    @Order(1)
    void bothNodesAreLiveAndReadyForTheLoadBalancer() throws Exception {
        for (RapportPlatform node : List.of(nodeA, nodeB)) {
            assertThat(get(node, "health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> ready = get(node, "health/ready");
            assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
            assertThat(ready.body()).contains("\"ready\"");
        }
        assertThat(get(nodeA, "health/other").statusCode()).isEqualTo(404);
    }

    @Test
    @Order(2)
    void aCustomerSavedOnOneNodeIsTheSameOnTheOther() {
        Customer created = nodeA.services().require(CustomerService.class).create(person("Both"), Actor.SYSTEM);

        Customer read = nodeB.services().require(CustomerService.class).get(created.id());
        assertThat(read.details().lastName()).isEqualTo(created.details().lastName());
    }

    @Test
    @Order(3)
    void aUserChangedOnOneNodeIsDroppedFromTheOtherNodesCacheWithinASecond() {
        User user = nodeA.services().require(UserAdministration.class).create(new UserAdministration.UserDraft(
                unique("agent"), "Before", null, Role.AGENT, Set.of(), true), "two-nodes-test-1", false, Actor.SYSTEM);
        UserDirectory directoryOnB = nodeB.services().require(UserDirectory.class);
        assertThat(directoryOnB.find(user.id()).orElseThrow().displayName()).as("cached on B").isEqualTo("Before");

        nodeA.services().require(UserAdministration.class).update(user.id(), user.version(),
                new UserAdministration.UserDraft(user.username(), "After", null, Role.AGENT, Set.of(), false),
                Actor.SYSTEM);

        Instant changed = Instant.now();
        User seen = Eventually.await("node B sees the change", Duration.ofSeconds(5),
                () -> directoryOnB.find(user.id()).orElseThrow(), found -> !found.active());
        assertThat(seen.displayName()).isEqualTo("After");
        assertThat(Duration.between(changed, Instant.now())).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    @Order(4)
    void aPluginInstalledFromTheMarketplaceOnOneNodeStartsOnTheOtherAndIsDisabledThereWithIt() {
        Marketplace marketplaceOnA = nodeA.services().require(Marketplace.class);
        assertThat(marketplaceOnA.install(GREETER, Actor.SYSTEM, InstallProgress.NONE).state())
                .isEqualTo(PluginHost.State.STARTED);

        PluginHost.PluginStatus onB = Eventually.await("the greeter starts on node B", CONVERGED,
                () -> status(nodeB, GREETER), status -> status.isPresent()
                        && status.get().state() == PluginHost.State.STARTED).orElseThrow();
        assertThat(onB.version()).isEqualTo("1.0.0");
        assertThat(Files.exists(nodeB.services().require(PluginHost.class).pluginsFolder()
                .resolve("fixture-greeter-1.0.0.zip"))).as("fetched into B's own folder").isTrue();

        nodeA.services().require(PluginHost.class).disable(GREETER, Actor.SYSTEM);
        Eventually.await("the greeter is disabled on node B", CONVERGED, () -> status(nodeB, GREETER),
                status -> status.isPresent() && !status.get().enabled()
                        && status.get().state() != PluginHost.State.STARTED);
    }

    @Test
    @Order(5)
    void everyTableOfTheKernelAndThePluginsHasAPrimaryKey() {
        DSLContext dsl = database.dsl();
        List<String> tables = dsl.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema ="
                + " DATABASE() AND table_type = 'BASE TABLE'").getValues(0, String.class);
        assertThat(tables).contains("customer", "domain_event", "rec_seen", "grt_greeting");

        assertThat(dsl.fetch("SELECT t.table_name FROM information_schema.tables t WHERE t.table_schema = DATABASE()"
                + " AND t.table_type = 'BASE TABLE' AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c"
                + " WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name"
                + " AND c.constraint_type = 'PRIMARY KEY')").getValues(0, String.class)).isEmpty();
    }

    @Test
    @Order(6)
    void eventsAppendedOnBothNodesAreDeliveredByTheOneLeaderAndAfterItsNodeStopsByTheOther() throws Exception {
        RapportPlatform leader = Eventually.await("one node leads", Duration.ofSeconds(10), TwoNodesTest::leader,
                Optional::isPresent).orElseThrow();
        RapportPlatform follower = leader == nodeA ? nodeB : nodeA;
        assertThat(follower.services().require(EventDispatcher.class).isLeading()).isFalse();
        long customerId = nodeA.services().require(CustomerService.class).create(person("Events"), Actor.SYSTEM).id();

        List<Long> appended = appendConcurrently(customerId, 20);
        awaitDelivered(appended);

        leader.close();
        Instant stopped = Instant.now();
        List<Long> afterwards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            afterwards.add(call(follower, customerId, "after the hand-over " + i));
        }
        Eventually.await("the other node leads", Duration.ofSeconds(15),
                () -> follower.services().require(EventDispatcher.class).isLeading(), Boolean::booleanValue);
        awaitDelivered(afterwards);
        assertThat(Duration.between(stopped, Instant.now())).as("delivery resumed").isLessThan(Duration.ofSeconds(15));
        if (leader == nodeA) {
            nodeA = null;
        } else {
            nodeB = null;
        }
    }

    private static List<Long> appendConcurrently(long customerId, int perNode) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<Future<List<Long>>> both = new ArrayList<>();
            for (RapportPlatform node : List.of(nodeA, nodeB)) {
                both.add(threads.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perNode; i++) {
                        mine.add(call(node, customerId, "call " + i));
                    }
                    return mine;
                }));
            }
            for (Future<List<Long>> node : both) {
                ids.addAll(node.get());
            }
        }
        return ids;
    }

    private static void awaitDelivered(List<Long> interactionIds) {
        Eventually.await("every interaction's event delivered", Duration.ofSeconds(30), TwoNodesTest::delivered,
                seen -> seen.containsAll(interactionIds));
    }

    /** The interactions whose events the recorder saw, a repeated delivery repeated. */
    private static List<Long> delivered() {
        return database.dsl().select(DSL.field(DSL.name("interaction_id"), Long.class))
                .from(DSL.table(DSL.name("rec_seen"))).where(DSL.field(DSL.name("interaction_id")).isNotNull())
                .fetch(0, Long.class);
    }

    private static Optional<RapportPlatform> leader() {
        return java.util.stream.Stream.of(nodeA, nodeB)
                .filter(node -> node.services().require(EventDispatcher.class).isLeading()).findFirst();
    }

    private static long call(RapportPlatform node, long customerId, String subject) {
        return node.services().require(InteractionService.class).log(new InteractionDraft(customerId, null,
                Channel.PHONE, Direction.OUTBOUND, subject, null, Outcome.COMPLETED, Instant.now(), "kernel"),
                Actor.SYSTEM).id();
    }

    private static Optional<PluginHost.PluginStatus> status(RapportPlatform node, String pluginId) {
        return node.services().require(PluginHost.class).plugins().stream()
                .filter(plugin -> plugin.id().equals(pluginId)).findFirst();
    }

    private static HttpResponse<String> get(RapportPlatform node, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(node.url().resolve(path).toString())).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static CustomerDraft person(String firstName) {
        return new CustomerDraft(CustomerKind.PERSON, firstName, unique("Node"), null, LifecycleStage.CUSTOMER, null,
                "en", "USD", "UTC", false, List.of(), List.of(), List.of(), Set.of(), null);
    }

    private static String unique(String prefix) {
        return prefix + java.util.UUID.randomUUID().toString().substring(0, 8);
    }
}
