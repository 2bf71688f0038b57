package dev.rapport.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An integration calling the REST API through the load balancer as a careful client does while nodes die: every POST
 * carries an {@code Idempotency-Key}, and a call that got no answer, or an answer that the server or the balancer
 * failed (5xx), is sent again with the same key until it is answered, so it is stored once whichever node takes it.
 * A key the server keeps answering {@code 409 idempotency-key-in-progress} for longer than
 * {@link #IN_PROGRESS_PATIENCE} (a first call still running past the database's lock wait timeout; a node that died
 * mid-call no longer leaves its key claimed, its claim is rolled back with its write) has an unknown outcome: it is
 * given up and counted apart. It records which node answered each call (the balancer's {@code RAPPORT_NODE} cookie).
 */
final class ClusterApiClient implements AutoCloseable {

    /** What became of one append. */
    record Append(String key, long interactionId, String node) {
    }

    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration GIVE_UP_AFTER = Duration.ofSeconds(90);
    private static final Duration IN_PROGRESS_PATIENCE = Duration.ofSeconds(10);
    private static final Duration APPEND_PAUSE = Duration.ofMillis(50);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    private static final Pattern NODE_COOKIE = Pattern.compile("RAPPORT_NODE=([^;]+)");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)$");

    private final URI api;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    /** Committed appends by key. */
    private final Map<String, Append> committed = new ConcurrentHashMap<>();
    /** Keys whose call may or may not have been stored. */
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();

    /** @param balancer the load balancer's root URL */
    ClusterApiClient(URI balancer, String token) {
        this.api = balancer.resolve("api/v1/");
        this.token = token;
    }

    /** Creates a person and returns their id. */
    long createCustomer(String key, String lastName) {
        String body = """
                {"kind":"PERSON","firstName":"Gale","lastName":"%s","stage":"CUSTOMER","currency":"USD",
                 "preferredLanguage":"en","timeZone":"UTC"}"""
                .formatted(lastName);
        return post("customers", key, body).map(ClusterApiClient::idOf)
                .orElseThrow(() -> new AssertionError("creating customer " + lastName + " had no certain outcome"));
    }

    /**
     * Appends interactions to {@code customerId}, keys {@code prefix-0, prefix-1, …}, one every {@link #APPEND_PAUSE}
     * at most (a steady load that leaves the nodes' restarts some CPU), until {@code stop} is set.
     */
    void appendUntil(long customerId, String prefix, AtomicBoolean stop) {
        for (int i = 0; !stop.get(); i++, pause(APPEND_PAUSE)) {
            String key = prefix + "-" + i;
            String body = """
                    {"channel":"PHONE","direction":"INBOUND","subject":"%s","outcome":"COMPLETED","occurredAt":"%s"}"""
                    .formatted(key, Instant.now());
            Optional<HttpResponse<String>> answer = post("customers/" + customerId + "/interactions", key, body);
            answer.ifPresentOrElse(
                    created -> committed.put(key, new Append(key, idOf(created), servedBy(created).orElse("?"))),
                    () -> unknown.add(key));
        }
    }

    Map<String, Append> committed() {
        return committed;
    }

    Set<String> unknown() {
        return unknown;
    }

    /** A GET straight to {@code node} (not through the balancer), e.g. {@code customers/42}. */
    HttpResponse<String> get(URI node, String path) {
        try {
            return http.send(authorized(node.resolve("api/v1/").resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + path + " on " + node, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The node the balancer sent a call to, by the cookie it set. */
    static Optional<String> servedBy(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().map(NODE_COOKIE::matcher).filter(Matcher::find)
                .map(matcher -> matcher.group(1)).findFirst();
    }

    /** The 201 answer, or empty when the outcome stayed unknown. */
    private Optional<HttpResponse<String>> post(String path, String key, String body) {
        Instant giveUp = Instant.now().plus(GIVE_UP_AFTER);
        Instant inProgressSince = null;
        while (Instant.now().isBefore(giveUp)) {
            HttpResponse<String> response;
            try {
                response = http.send(authorized(api.resolve(path)).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException noAnswer) {
                pause(RETRY_PAUSE);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            int status = response.statusCode();
            if (status == 201) {
                return Optional.of(response);
            }
            if (status == 409 && response.body().contains("idempotency-key-in-progress")) {
                inProgressSince = inProgressSince == null ? Instant.now() : inProgressSince;
                if (Instant.now().isAfter(inProgressSince.plus(IN_PROGRESS_PATIENCE))) {
                    return Optional.empty();
                }
            } else if (status < 500) {
                throw new AssertionError("POST " + path + " answered " + status + ": " + response.body());
            }
            pause(RETRY_PAUSE);
        }
        return Optional.empty();
    }

    private HttpRequest.Builder authorized(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).timeout(CALL_TIMEOUT);
    }

    private static long idOf(HttpResponse<String> created) {
        String location = created.headers().firstValue("Location").orElseThrow();
        Matcher number = LAST_NUMBER.matcher(location);
        if (!number.find()) {
            throw new AssertionError("no id in Location " + location);
        }
        return Long.parseLong(number.group(1));
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
