package dev.rapport.bench;

import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.api.ServiceAccounts;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.security.Role;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bench's integration: a service account of the sales department with a read-write token, created through the
 * kernel's services as an administrator does on the Service accounts page, and the JDK's HTTP client (HTTP/1.1,
 * connections kept alive and shared by the calling threads) sending what the README's curl session sends.
 */
final class ApiClient {

    private static final Pattern FIRST_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern SERVER_DURATION = Pattern.compile("app;dur=([0-9.]+)");
    private static final String INTERACTION = """
            {"channel":"PHONE","direction":"OUTBOUND","subject":"%s","outcome":"COMPLETED","occurredAt":"%s"}""";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;
    private final String authorization;
    /** One time for every logged call, so that a retry sends exactly the body of the first call. */
    private final Instant occurredAt;

    private ApiClient(URI api, String token, Instant occurredAt) {
        this.api = api;
        this.authorization = "Bearer " + token;
        this.occurredAt = occurredAt;
    }

    static ApiClient withServiceAccountToken(BenchPlatform platform) {
        Actor admin = platform.service(UserDirectory.class).findByUsername("admin").map(Actor::of)
                .orElseThrow(() -> new IllegalStateException("The demo administrator is missing"));
        long sales = platform.service(DepartmentDirectory.class).findByCode("sales").orElseThrow().id();
        User account = platform.service(ServiceAccounts.class).create("bench-api-" + System.currentTimeMillis(),
                "API bench", Role.AGENT, sales, admin);
        Clock clock = platform.service(Clock.class);
        String secret = platform.service(AccessTokens.class).create(account.id(), "bench",
                AccessTokens.Scope.READ_WRITE, clock.instant().plus(Duration.ofDays(1)), admin).secret();
        return new ApiClient(platform.url().resolve("/api/v1/"), secret, clock.instant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** {@code GET customers/{id}}; the id in the answer. */
    Long getCustomer(long id) throws IOException, InterruptedException {
        return idIn(id, send(request("customers/" + id).GET().build(), 200).body());
    }

    /** {@code GET customers/{id}}: the server's own time for it in nanoseconds, from its {@code Server-Timing} header. */
    long serverNanosOfGetCustomer(long id) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(request("customers/" + id).GET().build(), 200);
        idIn(id, answer.body());
        String timing = answer.headers().firstValue("Server-Timing")
                .orElseThrow(() -> new IllegalStateException("No Server-Timing header on GET customers/" + id));
        Matcher duration = SERVER_DURATION.matcher(timing);
        if (!duration.find()) {
            throw new IllegalStateException("No app;dur in Server-Timing: " + timing);
        }
        return Math.round(Double.parseDouble(duration.group(1)) * 1_000_000);
    }

    private static long idIn(long id, String body) {
        Matcher first = FIRST_ID.matcher(body);
        if (!first.find()) {
            throw new IllegalStateException("No id in the customer " + id + ": " + body);
        }
        return Long.parseLong(first.group(1));
    }

    /** {@code POST customers/{id}/interactions} with {@code key}: must log a new interaction (201). */
    void appendInteraction(long customerId, String key, String subject) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(append(customerId, key, subject), 201);
        if (answer.headers().firstValue("Idempotent-Replayed").filter("true"::equalsIgnoreCase).isPresent()) {
            throw new IllegalStateException("A new key was answered as a replay: " + key);
        }
    }

    /** The same call again with a key already used: must be answered from the first answer, writing nothing. */
    void replayInteraction(long customerId, String key, String subject) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(append(customerId, key, subject), 201);
        if (answer.headers().firstValue("Idempotent-Replayed").filter("true"::equalsIgnoreCase).isEmpty()) {
            throw new IllegalStateException("A retry with the key " + key + " was not answered as a replay");
        }
    }

    private HttpRequest append(long customerId, String key, String subject) {
        return request("customers/" + customerId + "/interactions").header("Content-Type", "application/json")
                .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(INTERACTION.formatted(subject, occurredAt)))
                .build();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(api.resolve(path)).header("Authorization", authorization)
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> send(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " answered " + answer.statusCode()
                    + " instead of " + expected + ": " + answer.body());
        }
        return answer;
    }
}
