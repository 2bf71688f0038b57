package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every response carries the browser protections and no server version; with no trusted proxy configured (the
 * default), forwarding headers are ignored: they neither make a request secure nor change the client's address.
 */
class SecurityHeadersTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("SecurityHeadersTest", List.of(PluginZips.ACQUISITION),
                Map.of("public.requests.per.minute", "3"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static void assertProtected(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "geolocation=()"));
        assertThat(response.headers().firstValue("Server")).as("no server name or version").isEmpty();
    }

    @Test
    void pagesResourcesAndPublicEndpointsCarryTheProtectionsAndNoServerVersion() {
        for (String path : List.of("", "login", "no-such-page", "styles.css")) {
            HttpResponse<String> response = Http.get(platform, path);
            assertProtected(response);
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP: no HSTS").isEmpty();
        }
        assertProtected(Http.post(platform, "public/acquisition/web-form", "token=none"));
    }

    @Test
    void forwardingHeadersFromAnUntrustedConnectionAreIgnored() {
        HttpResponse<String> page = Http.get(platform, "", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
        int status = 0;
        for (int request = 1; request <= 6 && status != 429; request++) {
            status = Http.post(platform, "public/acquisition/web-form", "token=none",
                    "X-Forwarded-For", "198.51.100." + request).statusCode();
        }
        assertThat(status).as("a new X-Forwarded-For per request does not escape the limit per address").isEqualTo(429);
    }
}
