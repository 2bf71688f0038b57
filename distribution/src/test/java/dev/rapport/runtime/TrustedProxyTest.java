package dev.rapport.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Behind a reverse proxy listed in http.trusted.proxies (here the test itself, on 127.0.0.1): the client's address
 * comes from X-Forwarded-For, and X-Forwarded-Proto=https makes the session cookie Secure and adds HSTS.
 */
class TrustedProxyTest {

    private static TestPlatform platform;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start("TrustedProxyTest", List.of(PluginZips.ACQUISITION),
                Map.of("public.requests.per.minute", "3", "http.trusted.proxies", "192.0.2.250, 127.0.0.1"));
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void tlsEndedAtTheProxyMakesTheSessionCookieSecureAndAddsHsts() {
        HttpResponse<String> page = Http.get(platform, "", "X-Forwarded-Proto", "https");

        SecurityHeadersTest.assertProtected(page);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(page.headers().allValues("Set-Cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .singleElement().satisfies(cookie -> assertThat(cookie).contains("Secure", "HttpOnly"));
        assertThat(Http.get(platform, "").headers().firstValue("Strict-Transport-Security"))
                .as("plain HTTP at the proxy too").isEmpty();
    }

    @Test
    void eachForwardedClientAddressHasItsOwnLimit() {
        for (int request = 1; request <= 3; request++) {
            assertThat(post("198.51.100.1").statusCode()).isNotEqualTo(429);
        }
        assertThat(post("198.51.100.1").statusCode()).isEqualTo(429);
        assertThat(post("198.51.100.2").statusCode()).as("another client behind the same proxy").isNotEqualTo(429);
        assertThat(post("203.0.113.9, 198.51.100.1").statusCode())
                .as("what a client writes into X-Forwarded-For itself does not count").isEqualTo(429);
    }

    private static HttpResponse<String> post(String forwardedFor) {
        return Http.post(platform, "public/acquisition/web-form", "token=none", "X-Forwarded-For", forwardedFor);
    }
}
