package dev.rapport.api;

import static dev.rapport.platform.internal.db.Tables.API_IDEMPOTENCY;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.runtime.PluginZips;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} over HTTP against a real platform: the claim, the write and the stored answer are one
 * transaction, so a failure while the answer is stored keeps neither the write nor the key, two concurrent calls with
 * one key write once and get one answer, and a refusal is kept and replayed like a success.
 */
class IdempotencyApiTest {

    private static final String CALL = """
            {"channel":"PHONE","direction":"INBOUND","subject":"Asked for a quote","outcome":"COMPLETED",
             "occurredAt":"2026-12-01T10:00:00Z"}""";

    private static TestPlatform platform;
    private static ApiClient api;
    private static Database database;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("IdempotencyApiTest", List.of(PluginZips.ACQUISITION));
        database = platform.service(Database.class);
        User agent = platform.server().account("idem-agent", Role.AGENT, "sales");
        api = new ApiClient(platform.platform().url(), platform.service(AccessTokens.class).create(agent.id(),
                "idempotency test", AccessTokens.Scope.READ_WRITE, Instant.now().plus(Duration.ofDays(1)),
                Actor.of(agent)).secret());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void aFailureWhileTheAnswerIsStoredKeepsNeitherTheWriteNorTheKeyAndTheRetryWritesOnce() throws SQLException {
        String path = interactionsOf(newCustomer("Failing"));
        String key = UUID.randomUUID().toString();
        long before = interactions();

        HttpResponse<String> failed = postWhileStoringTheAnswerFails(path, CALL, key);
        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
        assertThat(interactions()).as("the write was rolled back with its answer").isEqualTo(before);
        assertThat(database.dsl().fetchCount(API_IDEMPOTENCY, API_IDEMPOTENCY.IDEM_KEY.eq(key))).as("key free").isZero();

        HttpResponse<String> retry = api.post(path, CALL, "Idempotency-Key", key);
        HttpResponse<String> again = api.post(path, CALL, "Idempotency-Key", key);

        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(retry.body());
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(interactions()).isEqualTo(before + 1);
    }

    @Test
    void aPluginsResourceIsRolledBackWithItsAnswerToo() throws SQLException {
        long sales = platform.service(DepartmentDirectory.class).findByCode("sales").orElseThrow().id();
        platform.service(ModuleAccess.class).setDepartments("acquisition", Set.of(sales), Actor.SYSTEM);
        String leads = "api/v1/plugins/acquisition/leads";
        String lead = """
                {"firstName":"Ivo","lastName":"Idem","company":"Once Ltd","email":"ivo@once.example",
                 "phone":"+49 30 7654321","source":"REFERRAL"}""";
        String key = UUID.randomUUID().toString();
        long before = leads();

        HttpResponse<String> failed = postWhileStoringTheAnswerFails(leads, lead, key);
        HttpResponse<String> retry = api.post(leads, lead, "Idempotency-Key", key);

        assertThat(failed.statusCode()).as(failed.body()).isEqualTo(500);
        assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
        assertThat(leads()).as("the failed call's lead was rolled back").isEqualTo(before + 1);
    }

    /** Posts {@code body} with {@code key} while a trigger makes storing any idempotent answer fail. */
    private HttpResponse<String> postWhileStoringTheAnswerFails(String path, String body, String key)
            throws SQLException {
        execute("CREATE TRIGGER idem_answer_fails BEFORE UPDATE ON api_idempotency FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure while storing the answer'");
        try {
            return api.post(path, body, "Idempotency-Key", key);
        } finally {
            execute("DROP TRIGGER idem_answer_fails");
        }
    }

    @Test
    void twoConcurrentCallsWithOneKeyWriteOnceAndGetTheSameAnswer() throws Exception {
        String path = interactionsOf(newCustomer("Twice"));
        String key = UUID.randomUUID().toString();
        long before = interactions();
        CompletableFuture<HttpResponse<String>> first;
        CompletableFuture<HttpResponse<String>> second;
        try (Connection holder = database.dataSource().getConnection();
             Connection watcher = database.dataSource().getConnection()) {
            // Holding the event counter's lock keeps the first call from committing once its answer is stored.
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.executeQuery("SELECT last_event_id FROM event_append_lock FOR UPDATE").close();
            }
            first = CompletableFuture.supplyAsync(() -> api.post(path, CALL, "Idempotency-Key", key));
            awaitUncommittedAnswer(watcher, key);
            second = CompletableFuture.supplyAsync(() -> api.post(path, CALL, "Idempotency-Key", key));
            Thread.sleep(300);
            assertThat(second).as("the second call waits for the first's claim").isNotDone();
            holder.rollback();
        }

        HttpResponse<String> firstAnswer = first.get(30, TimeUnit.SECONDS);
        HttpResponse<String> secondAnswer = second.get(30, TimeUnit.SECONDS);
        assertThat(firstAnswer.statusCode()).as(firstAnswer.body()).isEqualTo(201);
        assertThat(secondAnswer.statusCode()).as(secondAnswer.body()).isEqualTo(201);
        assertThat(secondAnswer.body()).isEqualTo(firstAnswer.body());
        assertThat(secondAnswer.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(interactions()).isEqualTo(before + 1);
    }

    @Test
    void aRefusalIsKeptAndAnsweredAgainLikeASuccess() {
        String path = interactionsOf(newCustomer("Refused"));
        String key = UUID.randomUUID().toString();
        String noChannel = CALL.replace("\"channel\":\"PHONE\",", "");

        HttpResponse<String> refused = api.post(path, noChannel, "Idempotency-Key", key);
        HttpResponse<String> retry = api.post(path, noChannel, "Idempotency-Key", key);

        assertThat(refused.statusCode()).as(refused.body()).isBetween(400, 499);
        assertThat(retry.statusCode()).isEqualTo(refused.statusCode());
        assertThat(retry.body()).isEqualTo(refused.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    @Test
    void aKeyWhoseAnswerExpiredRunsAsANewCall() {
        String path = interactionsOf(newCustomer("Expired"));
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = api.post(path, CALL, "Idempotency-Key", key);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        database.dsl().update(API_IDEMPOTENCY).set(API_IDEMPOTENCY.CREATED_AT, Instant.now().minus(Duration.ofHours(25)))
                .where(API_IDEMPOTENCY.IDEM_KEY.eq(key)).execute();
        long before = interactions();

        HttpResponse<String> later = api.post(path, CALL.replace("Asked for a quote", "Asked again"), "Idempotency-Key", key);

        assertThat(later.statusCode()).as("another body is no reuse once the first answer expired: " + later.body())
                .isEqualTo(201);
        assertThat(later.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(interactions()).isEqualTo(before + 1);
        assertThat(api.post(path, CALL.replace("Asked for a quote", "Asked again"), "Idempotency-Key", key)
                .headers().firstValue("Idempotent-Replayed")).hasValue("true");
    }

    private static long newCustomer(String lastName) {
        HttpResponse<String> created = api.post("api/v1/customers", """
                {"kind":"PERSON","firstName":"Ida","lastName":"%s","stage":"PROSPECT","currency":"EUR",
                 "preferredLanguage":"en","timeZone":"Europe/Berlin"}""".formatted(lastName));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asLong();
    }

    private static String interactionsOf(long customerId) {
        return "api/v1/customers/" + customerId + "/interactions";
    }

    private static long interactions() {
        return database.dsl().fetchCount(INTERACTION);
    }

    private static long leads() throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM acq_lead")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Waits until the first call has stored its answer, still uncommitted (read as such by {@code watcher}). */
    private static void awaitUncommittedAnswer(Connection watcher, String key) throws SQLException, InterruptedException {
        watcher.setTransactionIsolation(Connection.TRANSACTION_READ_UNCOMMITTED);
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        try (PreparedStatement answer = watcher.prepareStatement("SELECT status FROM api_idempotency WHERE idem_key = ?")) {
            answer.setString(1, key);
            while (Instant.now().isBefore(giveUp)) {
                try (ResultSet row = answer.executeQuery()) {
                    if (row.next() && row.getInt(1) != 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("The first call never stored its answer");
    }
}
