package dev.rapport.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP requests to a test platform, with extra headers (e.g. those a reverse proxy adds). */
final class Http {

    private Http() {
    }

    static HttpResponse<String> get(TestPlatform platform, String path, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(platform.server().url(path))).GET(), headers);
    }

    static HttpResponse<String> post(TestPlatform platform, String path, String form, String... headers) {
        return send(HttpRequest.newBuilder(URI.create(platform.server().url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), headers);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
        if (headers.length > 0) {
            request.headers(headers);
        }
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
