package dev.rapport.platform.web;

import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.api.RestApi;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PublicEndpointRegistry;
import dev.rapport.platform.calendar.CalendarFeedServlet;
import dev.rapport.platform.calendar.CalendarFeeds;
import dev.rapport.platform.calendar.CalendarService;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.UserDirectory;
import java.time.Clock;
import java.time.Duration;
import java.net.URI;
import java.util.EnumSet;
import java.util.Optional;
import dev.rapport.platform.web.security.SecurityHeaders;
import dev.rapport.platform.web.security.TrustedProxies;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embedded Jetty serving the Vaadin application. Jetty's annotation scan must see Vaadin's jars and the
 * platform's classes (so {@code @Route} views and Vaadin's initializers are found); the application runs
 * from a class path, never {@code java -jar}, for that reason.
 *
 * <p>Every response carries the {@link SecurityHeaders} and no server version; forwarding headers count only from
 * the {@link TrustedProxies} ({@code http.trusted.proxies}); the session cookie is HTTP-only, SameSite=Lax, and
 * Secure whenever the request came over TLS (here or at a trusted proxy).
 */
public final class WebServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    /** Where a demo installation listens unless {@code http.host} says otherwise: this machine only. */
    static final String LOOPBACK = "127.0.0.1";

    private final Server server;
    private final ServerConnector connector;

    private WebServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * The address to listen on: {@code http.host} when set; otherwise all interfaces, except for a demo
     * installation, whose accounts have the well-known demo password: it listens on this machine only, and says so.
     */
    public static String listenAddress(RapportConfig config) {
        Optional<String> configured = config.get("http.host");
        if (configured.isPresent()) {
            return configured.get();
        }
        if (config.demoInstallation()) {
            log.warn("Demo installation: listening on {} only (this machine), because its accounts have the published"
                    + " demo password. Set http.host (RAPPORT_HTTP_HOST) to open it to the network.", LOOPBACK);
            return LOOPBACK;
        }
        return "0.0.0.0";
    }

    public static WebServer start(String host, int port, java.time.Duration sessionTimeout, ServiceRegistry services) {
        Server server = new Server();
        RapportConfig config = services.require(RapportConfig.class);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.addCustomizer(TrustedProxies.of(config.get("http.trusted.proxies", "")));
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        server.addConnector(connector);

        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(server).newClassLoaderResource("META-INF/resources"));
        context.setConfigurationDiscovered(true);
        context.setThrowUnavailableOnStartupException(true);
        context.setParentLoaderPriority(true);
        context.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern",
                ".*/(flow|vaadin)-[^/]*\\.jar$|.*/rapport-platform[^/]*\\.jar$|.*/platform/target/classes/.*");
        context.setAttribute(ServiceRegistry.CONTEXT_ATTRIBUTE, services);
        // Logback's servlet initializer would stop logging for the whole JVM when this context stops: the
        // platform stops the web server first, so the rest of a shutdown (and any later start) went unlogged.
        context.setInitParameter("logbackDisableServletContainerInitializer", "true");
        ServletHolder vaadin = new ServletHolder("vaadin", new RapportServlet(services));
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        context.addServlet(vaadin, "/*");
        ServletHolder api = new ServletHolder("rest-api", RestApi.servlet(services));
        api.setInitOrder(2);
        context.addServlet(api, RestApi.PATH + "/*");
        context.addServlet(new ServletHolder("health", new HealthServlet(
                services.require(dev.rapport.platform.persistence.Database.class).dataSource(),
                () -> services.find(PluginHost.class).map(PluginHost::plugins).orElse(java.util.List.of()))),
                HealthServlet.PREFIX + "/*");
        services.find(CalendarFeeds.class).ifPresent(feeds -> context.addServlet(new ServletHolder("calendar-feed",
                new CalendarFeedServlet(feeds, services.require(CalendarService.class), services.require(UserDirectory.class),
                        services.require(ModuleAccess.class),
                        new RequestRateLimiter(config.getInt("calendar.feed.requests.per.minute", 60), Duration.ofMinutes(1)),
                        services.require(Clock.class))), CalendarFeedServlet.PREFIX + "*"));
        context.addFilter(SecurityHeaders.class, "/*", EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR));
        context.addFilter(UnknownPageStatus.class, "/*", EnumSet.of(DispatcherType.REQUEST));
        services.find(PublicEndpointRegistry.class).ifPresent(endpoints -> {
            PublicEndpointServlet publicEndpoints = new PublicEndpointServlet(endpoints,
                    new RequestRateLimiter(config.getPerNodeLimit("public.requests.per.minute", 30), Duration.ofMinutes(1)),
                    config.getInt("public.max.body.bytes", 16_384), services.require(Clock.class));
            context.addServlet(new ServletHolder("public-endpoints", publicEndpoints),
                    PublicEndpointServlet.PREFIX + "*");
        });
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSecureRequestOnly(true);
        context.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        // Jetty's default descriptor (webdefault-ee11.xml) sets 30 minutes while the context starts, over any value
        // set before: the configured timeout is applied once the context has started, before the connector opens.
        int timeoutSeconds = (int) sessionTimeout.toSeconds();
        context.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarted(LifeCycle event) {
                context.getSessionHandler().setMaxInactiveInterval(timeoutSeconds);
            }
        });
        // Heartbeats of an open tab must not keep an idle session alive: it ends after the timeout.
        vaadin.setInitParameter("closeIdleSessions", "true");
        server.setHandler(context);
        server.setStopAtShutdown(false);
        try {
            server.start();
        } catch (Exception e) {
            try {
                server.stop();
            } catch (Exception stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw new IllegalStateException("The web server did not start: " + e.getMessage(), e);
        }
        return new WebServer(server, connector);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI url() {
        String host = connector.getHost() == null || connector.getHost().equals("0.0.0.0") ? "localhost" : connector.getHost();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the web server failed", e);
        }
    }
}
