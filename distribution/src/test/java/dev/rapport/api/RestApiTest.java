package dev.rapport.api;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.runtime.PluginZips;
import dev.rapport.platform.telephony.CallLog;
import dev.rapport.platform.telephony.UnmatchedCall;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The REST API against a real platform over HTTP: customers from creation to a guarded update and paging, the
 * interaction log, permissions and scopes of tokens, idempotent retries, conditional reads, and the answers an
 * integrator gets for unknown paths and missing or dead tokens.
 */
class RestApiTest {

    private static TestPlatform platform;
    private static ApiClient agentApi;
    private static ApiClient managerApi;
    private static User agent;
    private static String agentReadToken;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("RestApiTest", List.of(PluginZips.ACQUISITION),
                Map.of("api.cors.origins", "https://shop.example.com"));
        agent = platform.server().account("api-agent", Role.AGENT, "sales");
        User manager = platform.server().account("api-manager", Role.MANAGER, "sales");
        agentApi = new ApiClient(platform.platform().url(), token(agent, AccessTokens.Scope.READ_WRITE));
        managerApi = agentApi.as(token(manager, AccessTokens.Scope.READ_WRITE));
        agentReadToken = token(agent, AccessTokens.Scope.READ);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static String token(User user, AccessTokens.Scope scope) {
        return platform.service(AccessTokens.class).create(user.id(), "test " + scope, scope,
                Instant.now().plus(Duration.ofDays(30)), Actor.of(user)).secret();
    }

    static String person(String lastName, Long ownerId) {
        return """
                {"kind":"PERSON","firstName":"Ada","lastName":"%s","stage":"PROSPECT","ownerId":%s,"currency":"EUR",
                 "preferredLanguage":"en","timeZone":"Europe/Berlin",
                 "emails":[{"label":"WORK","address":"%s@example.com"}],"phones":[{"label":"MOBILE","number":"+49 30 12345678"}]}
                """.formatted(lastName, ownerId, lastName.toLowerCase());
    }

    static long customers() {
        return platform.service(Database.class).dsl().fetchCount(CUSTOMER);
    }

    static long interactions() {
        return platform.service(Database.class).dsl().fetchCount(INTERACTION);
    }

    @Test
    void aCustomerIsCreatedReadAndUpdatedOnlyWithTheVersionItWasReadAt() {
        HttpResponse<String> created = agentApi.post("api/v1/customers", person("Lovelace", agent.id()));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = ApiClient.json(created).get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/api/v1/customers/" + id));

        HttpResponse<String> read = agentApi.get("api/v1/customers/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(read).get("details").get("lastName").asString()).isEqualTo("Lovelace");
        assertThat(read.headers().firstValue("Server-Timing")).as("the server's own time, for integrators")
                .hasValueSatisfying(timing -> assertThat(timing).matches("app;dur=\\d+\\.\\d{2}"));
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(agentApi.get("api/v1/customers/" + id, "If-None-Match", etag).statusCode()).isEqualTo(304);

        String changed = person("King", agent.id());
        HttpResponse<String> withoutVersion = agentApi.put("api/v1/customers/" + id, changed);
        assertThat(withoutVersion.statusCode()).isEqualTo(428);
        assertThat(withoutVersion.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        HttpResponse<String> updated = agentApi.put("api/v1/customers/" + id, changed, "If-Match", etag);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).isNotEqualTo(java.util.Optional.of(etag));
        HttpResponse<String> stale = agentApi.put("api/v1/customers/" + id, person("Byron", agent.id()), "If-Match", etag);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(ApiClient.json(agentApi.get("api/v1/customers/" + id)).get("details").get("lastName").asString())
                .isEqualTo("King");
    }

    @Test
    void anAgentMayNotChangeACustomerOfAnotherOwnerThroughTheApiEither() {
        long managersOwn = ApiClient.json(managerApi.post("api/v1/customers", person("Managed", null))).get("id").asLong();
        HttpResponse<String> taken = managerApi.put("api/v1/customers/" + managersOwn,
                person("Managed", platform.server().account("api-manager", Role.MANAGER, "sales").id()), "If-Match", "\"0\"");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);

        HttpResponse<String> refused = agentApi.put("api/v1/customers/" + managersOwn, person("Hijacked", agent.id()),
                "If-Match", taken.headers().firstValue("ETag").orElseThrow());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(refused).get("type").asString()).isEqualTo("/api/problems/forbidden");
    }

    @Test
    void theCustomerListPagesWithAnOpaqueCursorAndFilters() {
        String prefix = "Pager" + UUID.randomUUID().toString().substring(0, 6);
        for (String suffix : List.of("a", "b", "c")) {
            assertThat(agentApi.post("api/v1/customers", person(prefix + suffix, null)).statusCode()).isEqualTo(201);
        }
        List<String> names = new ArrayList<>();
        String path = "api/v1/customers?limit=2&name=" + prefix;
        JsonNode page = ApiClient.json(agentApi.get(path));
        page.get("items").forEach(item -> names.add(item.get("sortName").asString()));
        String next = page.get("next").asString();
        JsonNode last = ApiClient.json(agentApi.get(path + "&cursor=" + next));
        last.get("items").forEach(item -> names.add(item.get("sortName").asString()));

        assertThat(names).containsExactly(prefix + "a Ada", prefix + "b Ada", prefix + "c Ada");
        assertThat(last.get("next").isNull()).isTrue();
    }

    @Test
    void anInteractionIsAppendedOnceHoweverOftenTheCallIsRetriedWithItsIdempotencyKey() {
        long id = ApiClient.json(agentApi.post("api/v1/customers", person("Retried", null))).get("id").asLong();
        String call = """
                {"channel":"PHONE","direction":"INBOUND","subject":"Asked for a quote","outcome":"COMPLETED",
                 "occurredAt":"2026-12-01T10:00:00Z"}""";
        String key = UUID.randomUUID().toString();
        long before = interactions();

        HttpResponse<String> first = agentApi.post("api/v1/customers/" + id + "/interactions", call, "Idempotency-Key", key);
        HttpResponse<String> retry = agentApi.post("api/v1/customers/" + id + "/interactions", call, "Idempotency-Key", key);
        HttpResponse<String> otherBody = agentApi.post("api/v1/customers/" + id + "/interactions",
                call.replace("a quote", "a visit"), "Idempotency-Key", key);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(interactions()).isEqualTo(before + 1);
        JsonNode log = ApiClient.json(agentApi.get("api/v1/customers/" + id + "/interactions"));
        assertThat(log.get("items")).hasSize(1);
        assertThat(log.get("items").get(0).get("subject").asString()).isEqualTo("Asked for a quote");
        assertThat(log.get("items").get(0).get("source").asString()).isEqualTo("api");
    }

    @Test
    void aCallFromACustomersNumberIsLoggedOnThemAndOneFromAnUnknownNumberWaitsToBeAssigned() {
        String digits = String.valueOf(100 + new java.util.Random().nextInt(900));
        long id = ApiClient.json(agentApi.post("api/v1/customers", """
                {"kind":"PERSON","firstName":"Tel","lastName":"Caller","stage":"CUSTOMER","currency":"GBP",
                 "preferredLanguage":"en","timeZone":"Europe/London",
                 "phones":[{"label":"WORK","number":"+44 20 7946 0%s"}]}""".formatted(digits))).get("id").asLong();

        HttpResponse<String> matched = agentApi.post("api/v1/calls", """
                {"number":"+44 (0)20 7946-0%s","direction":"INBOUND","start":"2026-12-01T09:00:00Z",
                 "end":"2026-12-01T09:04:12Z","agent":"api-agent"}""".formatted(digits));
        HttpResponse<String> unknown = agentApi.post("api/v1/calls", """
                {"number":"+49 30 90123456","direction":"OUTBOUND","start":"2026-12-01T10:00:00Z",
                 "end":"2026-12-01T10:00:00Z"}""");
        HttpResponse<String> impossible = agentApi.post("api/v1/calls", """
                {"number":"12","direction":"OUTBOUND","start":"2026-12-01T10:00:00Z","end":"2026-12-01T09:00:00Z"}""");

        assertThat(matched.statusCode()).as(matched.body()).isEqualTo(201);
        assertThat(ApiClient.json(matched).get("customerId").asLong()).isEqualTo(id);
        JsonNode logged = ApiClient.json(agentApi.get("api/v1/customers/" + id + "/interactions")).get("items").get(0);
        assertThat(logged.get("channel").asString()).isEqualTo("PHONE");
        assertThat(logged.get("subject").asString()).isEqualTo("+44 20 7946 0" + digits + " · 4:12");
        assertThat(logged.get("recordedBy").asLong()).isEqualTo(agent.id());
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(202);
        assertThat(impossible.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(impossible).get("errors").findValuesAsString("field")).contains("number", "end");

        long callId = ApiClient.json(unknown).get("unmatchedCallId").asLong();
        CallLog calls = platform.service(CallLog.class);
        assertThat(calls.open(null, 500)).extracting(UnmatchedCall::id).contains(callId);
        calls.assign(callId, id, Actor.of(agent));
        assertThat(calls.open(null, 500)).extracting(UnmatchedCall::id).doesNotContain(callId);
        assertThat(ApiClient.json(agentApi.get("api/v1/customers/" + id + "/interactions")).get("items")).hasSize(2);
    }

    @Test
    void acquisitionServesLeadsAndCampaignsOnlyToTheDepartmentsThatUseIt() {
        String leads = "api/v1/plugins/acquisition/leads";
        String lead = """
                {"firstName":"Lea","lastName":"Lead","company":"Leads Ltd","email":"lea@leads.example",
                 "phone":"+49 30 1234567","source":"REFERRAL"}""";
        platform.service(ModuleAccess.class).setDepartments("acquisition", java.util.Set.of(), Actor.SYSTEM);
        assertThat(agentApi.get(leads).statusCode()).as("not used by the agent's department").isEqualTo(404);

        long sales = platform.service(DepartmentDirectory.class).findByCode("sales").orElseThrow().id();
        platform.service(ModuleAccess.class).setDepartments("acquisition", java.util.Set.of(sales), Actor.SYSTEM);
        HttpResponse<String> captured = agentApi.post(leads, lead);
        HttpResponse<String> invalid = agentApi.post(leads, lead.replace("\"REFERRAL\"", "null"));

        assertThat(captured.statusCode()).as(captured.body()).isEqualTo(201);
        long id = ApiClient.json(captured).get("id").asLong();
        assertThat(ApiClient.json(agentApi.get(leads + "/" + id)).get("company").asString()).isEqualTo("Leads Ltd");
        assertThat(ApiClient.json(agentApi.get(leads + "?limit=5")).get("items").findValuesAsString("lastName"))
                .contains("Lead");
        assertThat(invalid.statusCode()).isEqualTo(422);
        assertThat(ApiClient.json(invalid).get("errors").findValuesAsString("field")).contains("source");
        assertThat(agentApi.get("api/v1/plugins/acquisition/campaigns").statusCode()).isEqualTo(200);
        assertThat(agentApi.get("api/v1/plugins/no-such-plugin/leads").statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentAndTheBrowsablePageNeedNoToken() {
        ApiClient anonymous = agentApi.as(null);

        HttpResponse<String> document = anonymous.get("api/v1/openapi.json");
        HttpResponse<String> page = anonymous.get("api/docs");
        HttpResponse<String> script = anonymous.get("api/docs/swagger-ui-bundle.js");

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(document).get("openapi").asString()).isEqualTo("3.1.0");
        assertThat(ApiClient.json(document).get("paths").has("/v1/customers/{id}")).isTrue();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js", "initializer.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle");
        assertThat(anonymous.get("api/docs/../v1/customers").statusCode()).isEqualTo(401);
    }

    @Test
    void aReadTokenReadsButNeverWrites() {
        ApiClient reader = agentApi.as(agentReadToken);
        long before = customers();

        HttpResponse<String> write = reader.post("api/v1/customers", person("Reader", null));

        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(write).get("type").asString()).isEqualTo("/api/problems/insufficient-scope");
        assertThat(customers()).isEqualTo(before);
        assertThat(reader.get("api/v1/users/me").statusCode()).isEqualTo(200);
    }

    @Test
    void callsWithoutAUsableTokenAreRefusedWithAChallenge() {
        User user = platform.server().account("api-revoker", Role.AGENT, "sales");
        String secret = token(user, AccessTokens.Scope.READ_WRITE);
        ApiClient revokable = agentApi.as(secret);
        assertThat(revokable.get("api/v1/users/me").statusCode()).isEqualTo(200);
        AccessTokens tokens = platform.service(AccessTokens.class);
        long tokenId = tokens.of(user.id(), Actor.of(user)).getFirst().id();
        assertThat(tokens.of(user.id(), Actor.of(user)).getFirst().lastUsedAt()).as("last use recorded").isNotNull();
        tokens.revoke(tokenId, Actor.of(user));

        HttpResponse<String> revoked = revokable.get("api/v1/users/me");
        HttpResponse<String> none = agentApi.as(null).get("api/v1/customers");
        HttpResponse<String> unknown = agentApi.as("rap_not-a-real-token").get("api/v1/customers");

        assertThat(List.of(revoked.statusCode(), none.statusCode(), unknown.statusCode())).containsOnly(401);
        assertThat(revoked.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"rapport\", error=\"invalid_token\"");
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"rapport\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void anUnknownPathUnderTheApiIsAProblemNotAPage() {
        HttpResponse<String> missing = agentApi.get("api/v1/no-such-thing");
        HttpResponse<String> outside = agentApi.get("api/v2/customers");

        for (HttpResponse<String> response : List.of(missing, outside)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(ApiClient.json(response).get("type").asString()).isEqualTo("/api/problems/no-such-resource");
        }
    }

    @Test
    void answersCarryRateLimitsGzipAndCorsOnlyForListedOrigins() {
        HttpResponse<String> listed = agentApi.get("api/v1/users/me", "Origin", "https://shop.example.com");
        HttpResponse<String> other = agentApi.get("api/v1/users/me", "Origin", "https://evil.example.net");
        HttpResponse<String> zipped = agentApi.get("api/v1/users", "Accept-Encoding", "gzip");

        assertThat(listed.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://shop.example.com");
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(listed.headers().firstValue("RateLimit-Policy")).hasValue("\"per-token\";q=600;w=60");
        assertThat(listed.headers().firstValue("RateLimit")).hasValueSatisfying(value ->
                assertThat(value).matches("\"per-token\";r=\\d+;t=\\d+"));
        assertThat(zipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
