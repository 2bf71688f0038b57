package dev.rapport.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import dev.rapport.platform.testing.KaribuUi;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Unknown page addresses answer 404 (the shell's page still shown); known ones, files and other servlets unchanged. */
class UnknownPageStatusTest {

    @RegisterExtension
    final KaribuUi ui = new KaribuUi();

    @Test
    void theRouteRegistryKnowsKernelPagesWithTheirParametersAndNothingElse() {
        var known = UnknownPageStatus.routesOf(ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext()));
        assertThat(known.test("")).isTrue();
        assertThat(known.test("customers")).isTrue();
        assertThat(known.test("customers/42")).isTrue();
        assertThat(known.test("calendar")).isTrue();
        assertThat(known.test("customers/abc")).isFalse();
        assertThat(known.test("no-such-page")).isFalse();
        assertThat(known.test("api")).isFalse();
    }

    @Test
    void anUnknownPageAnswers404WithThePageWhileKnownPagesFilesVaadinRequestsAndOtherServletsAreLeftAlone() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new Answering(200, "the shell")), "/*");
        context.addServlet(new ServletHolder(new Answering(404, "{\"error\":\"no-such-resource\"}")), "/api/*");
        context.addFilter(new FilterHolder(new UnknownPageStatus(Set.of("", "customers", "customers/7")::contains)), "/*",
                EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + connector.getLocalPort();
            HttpResponse<String> unknown = get(client, base + "/no-such-page");
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(unknown.body()).isEqualTo("the shell");
            assertThat(get(client, base + "/customers/8/").statusCode()).isEqualTo(404);
            assertThat(get(client, base + "/customers/7").statusCode()).isEqualTo(200);
            assertThat(get(client, base + "/customers/").statusCode()).isEqualTo(200);
            assertThat(get(client, base + "/").statusCode()).isEqualTo(200);
            assertThat(get(client, base + "/styles.css").statusCode()).as("a file").isEqualTo(200);
            assertThat(get(client, base + "/VAADIN/build/x").statusCode()).isEqualTo(200);
            assertThat(get(client, base + "/no-such-page?v-r=uidl").statusCode()).as("Vaadin's own request").isEqualTo(200);
            HttpResponse<String> api = get(client, base + "/api/v1/nothing");
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat(api.body()).startsWith("{");
        } finally {
            server.stop();
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Answers every request with one status and body, as Vaadin's start page (200) or the API's 404 does. */
    private static final class Answering extends HttpServlet {
        private final int status;
        private final String body;

        Answering(int status, String body) {
            this.status = status;
            this.body = body;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(status);
            response.getWriter().write(body);
        }
    }
}
