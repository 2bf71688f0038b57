package dev.rapport.process;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Posts to the event recorder fixture's public endpoints: creates customers, appends interactions. */
final class RecorderClient {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)");

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RecorderClient(URI url) {
        this.base = url.resolve("/public/fixture-recorder/");
    }

    long createCustomer(String name) throws IOException, InterruptedException {
        return post("customer", Map.of("name", name)).orElseThrow(() -> new AssertionError("No customer created"));
    }

    /**
     * Appends an interaction to the customer's log.
     *
     * @return the interaction's id once Rapport acknowledged it (answered 201), or empty when it did not (the
     *         process was killed, the connection was refused)
     */
    OptionalLong appendInteraction(long customerId, String subject) throws InterruptedException {
        try {
            return post("interaction", Map.of("customer", Long.toString(customerId), "subject", subject));
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    private OptionalLong post(String path, Map<String, String> parameters) throws IOException, InterruptedException {
        String form = parameters.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(response.body());
        return response.statusCode() == 201 && id.find() ? OptionalLong.of(Long.parseLong(id.group(1)))
                : OptionalLong.empty();
    }
}
