package dev.rapport.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * An administrator subscribes the test's receiver to logged interactions on the Webhooks page; an integration appends
 * an interaction through the REST API; the receiver gets the message signed with the secret the page showed, and the
 * delivery log shows it delivered.
 */
@ExtendWith(RapportBrowserExtension.class)
class WebhookIT {

    @Test
    void anInteractionAppendedThroughTheApiArrivesSignedAtTheSubscribedReceiver(RapportServer server, WebDriver driver)
            throws Exception {
        BlockingQueue<Map<String, String>> received = new LinkedBlockingQueue<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(Map.of("id", headers.getFirst("webhook-id"), "timestamp", headers.getFirst("webhook-timestamp"),
                    "signature", headers.getFirst("webhook-signature"),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            LoginPage.signInAsAdministrator(driver, server);
            WebhooksPage page = WebhooksPage.open(driver, server);
            String secret = page.subscribe("IT receiver",
                    "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "kernel.InteractionLogged");
            assertThat(secret).startsWith("whsec_");

            User admin = server.administrator();
            String token = server.platform().services().require(AccessTokens.class).create(admin.id(), "webhook it",
                    AccessTokens.Scope.READ_WRITE, Instant.now().plus(Duration.ofDays(1)), Actor.of(admin)).secret();
            HttpResponse<String> created = post(server, token, "api/v1/customers", """
                    {"kind":"ORGANISATION","organisationName":"Webhook IT Ltd","stage":"PROSPECT","currency":"EUR",
                     "preferredLanguage":"en","timeZone":"Europe/Berlin"}""");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(created.body());
            assertThat(id.find()).isTrue();
            long customerId = Long.parseLong(id.group(1));
            HttpResponse<String> appended = post(server, token, "api/v1/customers/" + customerId + "/interactions", """
                    {"channel":"PHONE","direction":"INBOUND","subject":"Asked for a quote",
                     "outcome":"COMPLETED","occurredAt":"2026-12-01T10:00:00Z"}""");
            assertThat(appended.statusCode()).as(appended.body()).isEqualTo(201);

            Map<String, String> message = received.poll(30, TimeUnit.SECONDS);
            assertThat(message).as("the webhook").isNotNull();
            assertThat(message.get("body")).contains("\"type\":\"kernel.InteractionLogged\"",
                    "\"customerId\":" + customerId);
            assertThat(message.get("signature")).isEqualTo("v1," + hmac(secret,
                    message.get("id") + "." + message.get("timestamp") + "." + message.get("body")));
            assertThat(page.waitForNewestDelivery("Delivered")).contains("kernel.InteractionLogged", "204", "1");
        } finally {
            receiver.stop(0);
        }
    }

    private static HttpResponse<String> post(RapportServer server, String token, String path, String body)
            throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }
}
