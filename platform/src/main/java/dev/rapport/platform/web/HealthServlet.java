package dev.rapport.platform.web;

import dev.rapport.platform.plugin.PluginHost;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a load balancer asks a node, without signing in and without a session: {@code GET /health/live} answers 200
 * while the process serves requests; {@code GET /health/ready} answers 200 only when the database answers within
 * {@link #DATABASE_TIMEOUT_SECONDS} seconds (on a Galera node: one that is synced and accepts queries) and no enabled
 * plugin is still starting, otherwise 503 with the reason, so the balancer sends no user to a node that cannot serve
 * them. A plugin that failed does not make the node unready: the rest of the product works without it, as on one node.
 * The answer is a small JSON object; it names no data.
 */
public final class HealthServlet extends HttpServlet {

    /** Where the health checks are served. */
    public static final String PREFIX = "/health";
    static final int DATABASE_TIMEOUT_SECONDS = 2;

    private static final Logger log = LoggerFactory.getLogger(HealthServlet.class);

    private final transient DataSource database;
    private final transient Supplier<List<PluginHost.PluginStatus>> plugins;

    public HealthServlet(DataSource database, Supplier<List<PluginHost.PluginStatus>> plugins) {
        this.database = database;
        this.plugins = plugins;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/live" -> answer(response, 200, "live", null);
            case "/ready" -> {
                String problem = notReadyBecause();
                answer(response, problem == null ? 200 : 503, problem == null ? "ready" : "not-ready", problem);
            }
            default -> answer(response, 404, "unknown", "Ask /health/live or /health/ready");
        }
    }

    /** Why this node should get no users now, or null when it is ready. */
    String notReadyBecause() {
        try (Connection connection = database.getConnection()) {
            if (!connection.isValid(DATABASE_TIMEOUT_SECONDS)) {
                return "The database does not answer";
            }
        } catch (SQLException e) {
            log.debug("Readiness: no database connection", e);
            return "The database does not answer";
        }
        List<String> starting = plugins.get().stream()
                .filter(plugin -> plugin.enabled() && plugin.state() == PluginHost.State.STARTING)
                .map(PluginHost.PluginStatus::id).toList();
        return starting.isEmpty() ? null : "Plugins still starting: " + String.join(", ", starting);
    }

    private static void answer(HttpServletResponse response, int status, String state, String reason)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        String body = "{\"status\":\"" + state + "\""
                + (reason == null ? "" : ",\"reason\":\"" + reason.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                + "}";
        response.getWriter().write(body);
    }
}
