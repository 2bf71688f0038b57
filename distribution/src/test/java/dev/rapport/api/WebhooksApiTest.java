package dev.rapport.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.runtime.TestPlatform;
import dev.rapport.sdk.security.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhook subscriptions through the REST API: an administrator's read-write token subscribes (the secret comes once,
 * a retry with the same Idempotency-Key does not repeat it), a bad URL is refused on its field, the delivery log is
 * read, the secret rotated and the subscription disabled and deleted; a manager's token is refused.
 */
class WebhooksApiTest {

    private static TestPlatform platform;
    private static ApiClient admin;
    private static ApiClient manager;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("WebhooksApiTest", List.of(), Map.of());
        admin = new ApiClient(platform.platform().url(), token(platform.server().account("hooks-admin",
                Role.ADMINISTRATOR, "management")));
        manager = admin.as(token(platform.server().account("hooks-manager", Role.MANAGER, "sales")));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String token(User user) {
        return platform.service(AccessTokens.class).create(user.id(), "hooks", AccessTokens.Scope.READ_WRITE,
                Instant.now().plus(Duration.ofDays(1)), Actor.of(user)).secret();
    }

    @Test
    void anAdministratorManagesASubscriptionAndItsSecretIsShownOnce() {
        String body = """
                {"name":"Billing","url":"https://93.184.215.14/hook","eventTypes":["kernel.InteractionLogged"]}""";
        HttpResponse<String> created = admin.post("api/v1/webhooks", body, "Idempotency-Key", "hook-1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode answer = ApiClient.json(created);
        assertThat(answer.get("secret").asString()).startsWith("whsec_");
        long id = answer.get("subscription").get("id").asLong();
        HttpResponse<String> retried = admin.post("api/v1/webhooks", body, "Idempotency-Key", "hook-1");
        assertThat(retried.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(ApiClient.json(retried).get("subscription").get("id").asLong()).isEqualTo(id);
        assertThat(ApiClient.json(retried).get("secret").isNull()).as("the secret is not kept").isTrue();

        assertThat(admin.get("api/v1/webhooks/" + id + "/deliveries").body()).contains("\"items\":[]");
        assertThat(ApiClient.json(admin.post("api/v1/webhooks/" + id + "/rotate-secret", "{}")).get("secret").asString())
                .startsWith("whsec_").isNotEqualTo(answer.get("secret").asString());
        JsonNode disabled = ApiClient.json(admin.post("api/v1/webhooks/" + id + "/disable", "{\"reason\":\"Maintenance\"}"));
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabledReason").asString()).isEqualTo("Maintenance");
        assertThat(manager.get("api/v1/webhooks").statusCode()).isEqualTo(403);
        assertThat(admin.send("DELETE", "api/v1/webhooks/" + id, null).statusCode()).isEqualTo(204);
        assertThat(admin.get("api/v1/webhooks/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void aPrivateOrNonHttpUrlIsRefusedOnItsField() {
        for (String url : List.of("http://127.0.0.1:8080/hook", "ftp://example.com/hook")) {
            HttpResponse<String> refused = admin.post("api/v1/webhooks",
                    "{\"name\":\"x\",\"url\":\"" + url + "\",\"eventTypes\":[\"*\"]}");
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
            assertThat(refused.body()).contains("\"field\":\"url\"");
        }
    }
}
