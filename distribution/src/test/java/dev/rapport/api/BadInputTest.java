package dev.rapport.api;

import static dev.rapport.platform.internal.db.Tables.API_IDEMPOTENCY;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A corpus of bad input sent to every endpoint: malformed JSON, wrong types, unknown fields (refused, as
 * documented), oversized bodies, invalid cursors and ids, a revoked or unknown token, a read token writing. Each gets
 * a problem+json answer with a 4xx status and, where it concerns a field, names it; nothing is stored.
 */
class BadInputTest {

    private static final int MAX_BODY = 4096;
    private static TestPlatform platform;
    private static ApiClient api;
    private static String readToken;
    private static String revokedToken;
    private static long customerId;

    /** One endpoint that takes a body: method, path, and a valid body to spoil. */
    private record Writer(String method, String path, String validBody) {
    }

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("BadInputTest", List.of(), Map.of("api.max.body.bytes", String.valueOf(MAX_BODY)));
        User manager = platform.server().account("bad-input-manager", Role.MANAGER, "sales");
        AccessTokens tokens = platform.service(AccessTokens.class);
        Instant until = Instant.now().plus(Duration.ofDays(1));
        api = new ApiClient(platform.platform().url(),
                tokens.create(manager.id(), "writer", AccessTokens.Scope.READ_WRITE, until, Actor.of(manager)).secret());
        readToken = tokens.create(manager.id(), "reader", AccessTokens.Scope.READ, until, Actor.of(manager)).secret();
        AccessTokens.Issued revoked = tokens.create(manager.id(), "revoked", AccessTokens.Scope.READ_WRITE, until,
                Actor.of(manager));
        tokens.revoke(revoked.token().id(), Actor.of(manager));
        revokedToken = revoked.secret();
        HttpResponse<String> created = api.post("api/v1/customers", """
                {"kind":"ORGANISATION","organisationName":"Corpus Ltd","stage":"PROSPECT","currency":"EUR",
                 "preferredLanguage":"en","timeZone":"Europe/Berlin"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        customerId = ApiClient.json(created).get("id").asLong();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static List<Writer> writers() {
        String customer = """
                {"kind":"PERSON","firstName":"Ada","lastName":"Corpus","stage":"PROSPECT","currency":"EUR",
                 "preferredLanguage":"en","timeZone":"Europe/Berlin"}""";
        return List.of(
                new Writer("POST", "api/v1/customers", customer),
                new Writer("PUT", "api/v1/customers/" + customerId, customer),
                new Writer("POST", "api/v1/customers/" + customerId + "/merge", "{\"mergedId\":" + customerId + "}"),
                new Writer("POST", "api/v1/customers/" + customerId + "/contacts",
                        "{\"firstName\":\"Grace\",\"lastName\":\"Hopper\",\"email\":\"grace@example.com\"}"),
                new Writer("POST", "api/v1/customers/" + customerId + "/interactions", """
                        {"channel":"PHONE","direction":"INBOUND","subject":"Hi","outcome":"COMPLETED",
                         "occurredAt":"2026-12-01T10:00:00Z"}"""),
                new Writer("POST", "api/v1/transactions", """
                        {"customerId":%d,"kind":"PURCHASE","amount":10.5,"currency":"EUR",
                         "occurredAt":"2026-12-01T10:00:00Z","sourceSystem":"shop","externalRef":"o-1"}""".formatted(customerId)),
                new Writer("POST", "api/v1/tasks", """
                        {"title":"Call back","customerId":%d,"priority":"NORMAL","departmentId":1}""".formatted(customerId)));
    }

    private static Map<String, Integer> counts() {
        DSLContext dsl = platform.service(Database.class).dsl();
        return Map.of("customers", dsl.fetchCount(CUSTOMER), "contacts", dsl.fetchCount(CUSTOMER_CONTACT),
                "interactions", dsl.fetchCount(INTERACTION), "transactions", dsl.fetchCount(CUSTOMER_TRANSACTION),
                "tasks", dsl.fetchCount(TASK), "audit", dsl.fetchCount(AUDIT_ENTRY),
                "idempotency", dsl.fetchCount(API_IDEMPOTENCY));
    }

    private static void assertProblem(SoftAssertions softly, String what, HttpResponse<String> response, int status,
                                      String type, String field) {
        softly.assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        softly.assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        JsonNode problem = ApiClient.json(response);
        softly.assertThat(problem.get("type").asString()).as(what).isEqualTo("/api/problems/" + type);
        softly.assertThat(problem.get("status").asInt()).as(what).isEqualTo(status);
        softly.assertThat(problem.get("detail").asString()).as(what).isNotBlank();
        if (field != null) {
            softly.assertThat(problem.get("errors").findValuesAsString("field")).as(what).contains(field);
        }
    }

    @Test
    void everyWritingEndpointRefusesEveryBadBodyAndStoresNothing() {
        Map<String, Integer> before = counts();
        SoftAssertions softly = new SoftAssertions();
        for (Writer writer : writers()) {
            String what = writer.method() + " " + writer.path();
            String[] ifMatch = writer.method().equals("PUT") ? new String[] {"If-Match", "\"0\""} : new String[0];
            assertProblem(softly, what + " malformed", api.send(writer.method(), writer.path(), "{\"kind\": ", ifMatch),
                    400, "malformed-json", null);
            assertProblem(softly, what + " not an object", api.send(writer.method(), writer.path(), "[1,2]", ifMatch),
                    400, "invalid-input", null);
            assertProblem(softly, what + " unknown field", api.send(writer.method(), writer.path(),
                    writer.validBody().replaceFirst("\\{", "{\"colour\":\"blue\","), ifMatch), 400, "invalid-input", "colour");
            String wrongType = writer.validBody().replaceFirst(":\"[^\"]*\"", ":{\"nested\":true}");
            assertProblem(softly, what + " wrong type", api.send(writer.method(), writer.path(), wrongType, ifMatch),
                    400, "invalid-input", null);
            assertProblem(softly, what + " empty", api.send(writer.method(), writer.path(), "", ifMatch),
                    400, "invalid-input", null);
            String huge = writer.validBody().replaceFirst("\\{", "{\"notes\":\"" + "x".repeat(MAX_BODY) + "\",");
            assertProblem(softly, what + " oversized", api.send(writer.method(), writer.path(), huge, ifMatch),
                    413, "body-too-large", null);
            assertProblem(softly, what + " read token", api.as(readToken).send(writer.method(), writer.path(),
                    writer.validBody(), ifMatch), 403, "insufficient-scope", null);
            assertProblem(softly, what + " revoked token", api.as(revokedToken).send(writer.method(), writer.path(),
                    writer.validBody(), ifMatch), 401, "invalid-token", null);
            assertProblem(softly, what + " unknown token", api.as("rap_unknown").send(writer.method(), writer.path(),
                    writer.validBody(), ifMatch), 401, "invalid-token", null);
        }
        softly.assertAll();
        assertThat(counts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void everyReadingEndpointRefusesBadIdsCursorsAndLimits() {
        SoftAssertions softly = new SoftAssertions();
        List<String> lists = List.of("api/v1/customers", "api/v1/customers/" + customerId + "/interactions",
                "api/v1/customers/" + customerId + "/transactions", "api/v1/tasks", "api/v1/segments/1/members");
        for (String list : lists) {
            assertProblem(softly, list + " cursor", api.get(list + "?cursor=not-a-cursor"), 400, "invalid-input", "cursor");
            assertProblem(softly, list + " limit", api.get(list + "?limit=100000"), 400, "invalid-input", "limit");
            assertProblem(softly, list + " limit type", api.get(list + "?limit=many"), 400, "invalid-input", "limit");
        }
        List<String> records = List.of("api/v1/customers/", "api/v1/customers/%s/contacts", "api/v1/interactions/",
                "api/v1/tasks/", "api/v1/products/", "api/v1/users/");
        for (String record : records) {
            for (String id : List.of("abc", "99999999", "-1", "1.5", "99999999999999999999")) {
                String path = record.contains("%s") ? record.formatted(id) : record + id;
                assertProblem(softly, path, api.get(path), 404, "not-found", null);
            }
        }
        assertProblem(softly, "stage", api.get("api/v1/customers?stage=SLEEPING"), 400, "invalid-input", "stage");
        assertProblem(softly, "sort", api.get("api/v1/customers?sort=RANDOM"), 400, "invalid-input", "sort");
        softly.assertAll();
    }
}
