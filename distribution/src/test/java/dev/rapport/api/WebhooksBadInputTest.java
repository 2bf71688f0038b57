package dev.rapport.api;

import static dev.rapport.platform.internal.db.Tables.API_IDEMPOTENCY;
import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.WEBHOOK_SUBSCRIPTION;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A corpus of bad input sent to every webhook endpoint: malformed bodies, receiver URLs that are not http(s) or aim at
 * the machine, the private network or a cloud's metadata service (server-side request forgery, also through numeric,
 * IPv4-mapped, NAT64 and 6to4 spellings), bad event patterns, a secret the caller tries to choose, bad ids, cursors
 * and limits. Each gets a problem+json 4xx answer naming the field, never a 500, and nothing is stored or changed.
 */
class WebhooksBadInputTest {

    private static final String VALID_URL = "https://93.184.215.14/hook";
    private static TestPlatform platform;
    private static ApiClient admin;
    private static long subscriptionId;

    /** A bad value of one field and the status its refusal has. */
    private record Bad(String field, String json, int status) {
    }

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("WebhooksBadInputTest", List.of(), Map.of());
        User user = platform.server().account("hooks-corpus-admin", Role.ADMINISTRATOR, "management");
        admin = new ApiClient(platform.platform().url(), platform.service(AccessTokens.class).create(user.id(), "corpus",
                AccessTokens.Scope.READ_WRITE, Instant.now().plus(Duration.ofDays(1)), Actor.of(user)).secret());
        HttpResponse<String> created = admin.post("api/v1/webhooks", body("\"Corpus\"", quoted(VALID_URL),
                "[\"kernel.InteractionLogged\"]"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        subscriptionId = ApiClient.json(created).get("subscription").get("id").asLong();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String body(String name, String url, String eventTypes) {
        return "{\"name\":" + name + ",\"url\":" + url + ",\"eventTypes\":" + eventTypes + "}";
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    /** Receivers that are no http(s) URL, or that would make the server call itself or its neighbours. */
    private static List<String> refusedUrls() {
        List<String> notHttp = List.of("", "   ", "not a url", "//93.184.215.14/hook", "93.184.215.14/hook",
                "ftp://93.184.215.14/hook", "file:///etc/passwd", "gopher://93.184.215.14:70/_hi", "javascript:alert(1)",
                "data:text/plain,hi", "jar:http://93.184.215.14/a.jar!/", "ws://93.184.215.14/hook", "http:///hook",
                "http://user:secret@93.184.215.14/hook", "https://93.184.215.14/hook#fragment",
                "https://93.184.215.14:0/hook", "https://93.184.215.14:99999/hook", "https://93.184.215.14/a b",
                "https://93.184.215.14/\\r\\nHost: evil", "http://my_host/hook", "https://" + "a".repeat(2000) + ".com/");
        List<String> privateTargets = List.of("http://127.0.0.1:8080/hook", "http://127.1.2.3/", "http://localhost/",
                "http://0.0.0.0/", "http://[::1]/", "http://[::]/", "http://10.0.0.1/", "http://172.16.0.1/",
                "http://172.31.255.255/", "http://192.168.1.1/", "http://169.254.169.254/latest/meta-data/",
                "http://100.100.100.200/latest/meta-data/", "http://[fd00:ec2::254]/latest/meta-data/",
                "http://metadata.google.internal/computeMetadata/v1/", "http://[fe80::1]/", "http://[fc00::1]/",
                "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/", "http://[::127.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://[2002:c0a8:101::]/",
                "http://2130706433/", "http://0x7f.0.0.1/", "http://017700000001/", "http://127.1/",
                "http://224.0.0.1/", "http://255.255.255.255/", "http://198.18.0.1/", "http://240.0.0.1/",
                "http://192.0.0.170/", "http://100.64.0.1/");
        List<String> all = new ArrayList<>(notHttp);
        all.addAll(privateTargets);
        return all;
    }

    private static List<Bad> badFields() {
        List<Bad> bad = new ArrayList<>();
        for (String url : refusedUrls()) {
            bad.add(new Bad("url", body("\"Hook\"", quoted(url), "[\"*\"]"), 422));
        }
        bad.add(new Bad("url", body("\"Hook\"", "null", "[\"*\"]"), 422));
        bad.add(new Bad("url", body("\"Hook\"", "{\"href\":\"" + VALID_URL + "\"}", "[\"*\"]"), 400));
        bad.add(new Bad("url", body("\"Hook\"", "[\"" + VALID_URL + "\"]", "[\"*\"]"), 400));
        String url = quoted(VALID_URL);
        for (String name : List.of("null", "\"\"", "\"   \"", quoted("n".repeat(101)))) {
            bad.add(new Bad("name", body(name, url, "[\"*\"]"), 422));
        }
        bad.add(new Bad("name", body("{\"first\":\"Hook\"}", url, "[\"*\"]"), 400));
        List<String> refusedTypes = new ArrayList<>(List.of("[]", "null", "[\"\"]", "[null]", "[\"kernel\"]",
                "[\"kernel.\"]", "[\".InteractionLogged\"]", "[\"kernel.interactionLogged\"]", "[\"Kernel.InteractionLogged\"]",
                "[\"**\"]", "[\"kernel.**\"]", "[\"*.InteractionLogged\"]", "[\"kernel.InteractionLogged,kernel.TaskDone\"]",
                "[\"kernel.Interaction Logged\"]", "[\"kernel.NoSuchEvent\"]", "[\"x.Y" + "z".repeat(200) + "\"]",
                "[\"../etc.Passwd\"]", "[\"kernel.Interaction\\nLogged\"]"));
        refusedTypes.add("[" + String.join(",", Collections.nCopies(51, "\"p%d.Event\"")).formatted(
                java.util.stream.IntStream.range(0, 51).boxed().toArray()) + "]");
        for (String types : refusedTypes) {
            bad.add(new Bad("eventTypes", body("\"Hook\"", url, types), 422));
        }
        bad.add(new Bad("eventTypes", body("\"Hook\"", url, "\"kernel.InteractionLogged\""), 400));
        bad.add(new Bad("eventTypes", body("\"Hook\"", url, "{\"kernel\":\"*\"}"), 400));
        bad.add(new Bad("eventTypes[0]", body("\"Hook\"", url, "[{\"type\":\"*\"}]"), 400));
        bad.add(new Bad("secret", body("\"Hook\"", url, "[\"*\"]").replace("{", "{\"secret\":\"whsec_chosen\","), 400));
        bad.add(new Bad("colour", body("\"Hook\"", url, "[\"*\"]").replace("{", "{\"colour\":\"blue\","), 400));
        return bad;
    }

    private static Map<String, Object> state() {
        DSLContext dsl = platform.service(Database.class).dsl();
        return Map.of("subscriptions", dsl.selectFrom(WEBHOOK_SUBSCRIPTION).orderBy(WEBHOOK_SUBSCRIPTION.ID).fetch().formatJSON(),
                "audit", dsl.fetchCount(AUDIT_ENTRY), "idempotency", dsl.fetchCount(API_IDEMPOTENCY));
    }

    private static void assertRefused(SoftAssertions softly, String what, HttpResponse<String> response, int status,
                                      String field) {
        softly.assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(status);
        softly.assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
        if (response.statusCode() >= 500 || !response.body().startsWith("{")) {
            return;
        }
        JsonNode problem = ApiClient.json(response);
        softly.assertThat(problem.get("detail").asString()).as(what).isNotBlank();
        if (field != null) {
            softly.assertThat(problem.path("errors").findValuesAsString("field")).as(what).contains(field);
            softly.assertThat(problem.path("errors").findValuesAsString("message")).as(what).allMatch(m -> !m.isBlank());
        }
    }

    @Test
    void everyBadSubscriptionIsRefusedOnItsFieldWhenMadeOrChanged() {
        Map<String, Object> before = state();
        SoftAssertions softly = new SoftAssertions();
        for (Bad bad : badFields()) {
            String what = bad.field() + " " + bad.json().substring(0, Math.min(140, bad.json().length()));
            assertRefused(softly, "POST " + what, admin.post("api/v1/webhooks", bad.json()), bad.status(), bad.field());
            assertRefused(softly, "PUT " + what, admin.put("api/v1/webhooks/" + subscriptionId, bad.json()),
                    bad.status(), bad.field());
        }
        softly.assertAll();
        assertThat(state()).as("nothing stored or changed").isEqualTo(before);
    }

    @Test
    void malformedBodiesAreRefusedByEveryWritingEndpoint() {
        Map<String, Object> before = state();
        SoftAssertions softly = new SoftAssertions();
        String item = "api/v1/webhooks/" + subscriptionId;
        for (String[] writer : List.of(new String[] {"POST", "api/v1/webhooks"}, new String[] {"PUT", item},
                new String[] {"POST", item + "/disable"}, new String[] {"POST", item + "/rotate-secret"})) {
            String what = writer[0] + " " + writer[1];
            assertRefused(softly, what + " malformed", admin.send(writer[0], writer[1], "{\"name\": "), 400, null);
            assertRefused(softly, what + " trailing", admin.send(writer[0], writer[1], "{} {}"), 400, null);
            assertRefused(softly, what + " array", admin.send(writer[0], writer[1], "[1,2]"), 400, null);
            assertRefused(softly, what + " string", admin.send(writer[0], writer[1], "\"hook\""), 400, null);
            assertRefused(softly, what + " unknown field", admin.send(writer[0], writer[1], "{\"colour\":\"blue\"}"),
                    400, "colour");
            assertRefused(softly, what + " deep", admin.send(writer[0], writer[1],
                    "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}"), 400, null);
        }
        assertRefused(softly, "rotate with a chosen secret", admin.post(item + "/rotate-secret",
                "{\"secret\":\"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"}"), 400, "secret");
        assertRefused(softly, "disable reason type", admin.post(item + "/disable", "{\"reason\":{\"why\":1}}"), 400,
                "reason");
        assertRefused(softly, "disable reason length", admin.post(item + "/disable",
                "{\"reason\":\"" + "r".repeat(1001) + "\"}"), 422, "reason");
        softly.assertAll();
        assertThat(state()).as("nothing stored or changed").isEqualTo(before);
    }

    @Test
    void badIdsCursorsAndLimitsAreRefused() {
        SoftAssertions softly = new SoftAssertions();
        String item = "api/v1/webhooks/" + subscriptionId;
        for (String id : List.of("abc", "99999999", "-1", "1.5", "99999999999999999999", "1%20OR%201=1")) {
            assertRefused(softly, "GET " + id, admin.get("api/v1/webhooks/" + id), 404, null);
            assertRefused(softly, "PUT " + id, admin.put("api/v1/webhooks/" + id,
                    body("\"Hook\"", quoted(VALID_URL), "[\"*\"]")), 404, null);
            assertRefused(softly, "DELETE " + id, admin.send("DELETE", "api/v1/webhooks/" + id, null), 404, null);
            assertRefused(softly, "enable " + id, admin.post("api/v1/webhooks/" + id + "/enable", "{}"), 404, null);
            assertRefused(softly, "deliveries " + id, admin.get("api/v1/webhooks/" + id + "/deliveries"), 404, null);
            assertRefused(softly, "delivery " + id, admin.get(item + "/deliveries/" + id), 404, null);
            assertRefused(softly, "replay " + id, admin.post(item + "/deliveries/" + id + "/replay", "{}"), 404, null);
        }
        for (String cursor : List.of("not-a-cursor", "%3D%3D%3D", "eyJ4IjoxfQ", "a".repeat(3000))) {
            assertRefused(softly, "cursor " + cursor.length(), admin.get(item + "/deliveries?cursor=" + cursor), 400,
                    "cursor");
        }
        for (String limit : List.of("0", "-5", "100000", "many", "1e3")) {
            assertRefused(softly, "limit " + limit, admin.get(item + "/deliveries?limit=" + limit), 400, "limit");
        }
        softly.assertAll();
    }
}
