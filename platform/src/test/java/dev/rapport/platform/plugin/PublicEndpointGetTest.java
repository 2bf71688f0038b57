package dev.rapport.platform.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.web.PublicEndpointServlet;
import dev.rapport.platform.web.RequestRateLimiter;
import dev.rapport.sdk.extension.PublicEndpoint;
import dev.rapport.sdk.extension.PublicRequest;
import dev.rapport.sdk.extension.PublicResponse;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * GETs to public endpoints (SDK 1.3): served through {@link PublicEndpoint#handleGet} with the query string's
 * parameters only where the endpoint says it serves GET; everywhere else answered 405 naming what is allowed;
 * an endpoint failing on GET gives a generic 500 and is counted against its plugin.
 */
class PublicEndpointGetTest {

    private final PluginHealth health = new PluginHealth();
    private final PublicEndpointRegistry registry = new PublicEndpointRegistry(health);
    private final PublicEndpointServlet servlet = new PublicEndpointServlet(registry,
            new RequestRateLimiter(100, Duration.ofMinutes(1)), 1000, Clock.systemUTC());
    private final AtomicReference<PublicRequest> seen = new AtomicReference<>();

    private final class Page implements PublicEndpoint {
        private final String path;
        private final boolean get;

        Page(String path, boolean get) {
            this.path = path;
            this.get = get;
        }

        @Override
        public String path() {
            return path;
        }

        @Override
        public PublicResponse handle(PublicRequest request) {
            return PublicResponse.json(200, Map.of("posted", "yes"));
        }

        @Override
        public boolean servesGet() {
            return get;
        }

        @Override
        public PublicResponse handleGet(PublicRequest request) {
            seen.set(request);
            if (request.parameter("fail").isPresent()) {
                throw new IllegalStateException("broken page");
            }
            return PublicResponse.html(200, "<p>" + PublicResponse.escapeHtml(request.parameter("t").orElse("")) + "</p>");
        }
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }

    private Answer call(String method, String pathInfo, String query) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getQueryString" -> query;
                    case "getRemoteAddr" -> "192.0.2.7";
                    case "getContentLengthLong" -> 0L;
                    default -> null;
                });
        Map<String, String> headers = new HashMap<>();
        int[] status = {0};
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> {
                        status[0] = (Integer) args[0];
                        yield null;
                    }
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "setContentType" -> {
                        headers.put("Content-Type", (String) args[0]);
                        yield null;
                    }
                    case "getOutputStream" -> out;
                    default -> null;
                });
        servlet.service((jakarta.servlet.ServletRequest) request, (jakarta.servlet.ServletResponse) response);
        return new Answer(status[0], headers, body.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEndpointServingGetAnswersWithTheQueryStringsParameters() throws Exception {
        registry.add("survey", new Page("answer", true));

        Answer answer = call("GET", "/survey/answer", "t=%3Cb%3Eabc&x=1");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.headers().get("Content-Type")).isEqualTo("text/html;charset=utf-8");
        assertThat(answer.body()).isEqualTo("<p>&lt;b&gt;abc</p>");
        assertThat(seen.get().parameters()).containsOnlyKeys("t", "x");
        assertThat(seen.get().remoteAddress()).isEqualTo("192.0.2.7");
        assertThat(call("DELETE", "/survey/answer", null)).satisfies(refused -> {
            assertThat(refused.status()).isEqualTo(405);
            assertThat(refused.headers().get("Allow")).isEqualTo("GET, POST");
        });
    }

    @Test
    void anEndpointNotServingGetIsAnswered405AndOneFailingOnGetGives500CountedAgainstItsPlugin() throws Exception {
        registry.add("forms", new Page("lead", false));
        registry.add("survey", new Page("answer", true));

        Answer refused = call("GET", "/forms/lead", "t=1");
        Answer failed = call("GET", "/survey/answer", "fail=1");

        assertThat(refused.status()).isEqualTo(405);
        assertThat(refused.headers().get("Allow")).isEqualTo("POST");
        assertThat(seen.get()).as("only the failing call reached an endpoint").isNotNull();
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).doesNotContain("broken page");
        assertThat(health.of("survey")).hasValueSatisfying(failures -> assertThat(failures.count()).isEqualTo(1));
        assertThat(health.of("forms")).isEmpty();
    }
}
