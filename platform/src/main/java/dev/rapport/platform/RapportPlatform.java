package dev.rapport.platform;

import com.vaadin.flow.i18n.I18NProvider;
import dev.rapport.platform.api.CurrentCaller;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.customer.bulk.CustomerBulkActions;
import dev.rapport.platform.customer.bulk.CustomerBulkRuns;
import dev.rapport.platform.demo.DemoAccounts;
import dev.rapport.platform.demo.DemoSeeding;
import dev.rapport.platform.document.DocumentService;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.figures.DepartmentFigures;
import dev.rapport.platform.figures.FigureTrends;
import dev.rapport.platform.figures.KernelMetrics;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.job.JobAdministration;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailIdle;
import dev.rapport.platform.mail.MailDelivery;
import dev.rapport.platform.mail.MailDeliveryJob;
import dev.rapport.platform.mail.MailPollJob;
import dev.rapport.platform.mail.MailPoller;
import dev.rapport.platform.marketplace.Marketplace;
import dev.rapport.platform.marketplace.PluginConvergence;
import dev.rapport.platform.marketplace.SignedDropIns;
import dev.rapport.platform.marketplace.TrustStore;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.EmbeddedDatabase;
import dev.rapport.platform.persistence.LibraryDefaults;
import dev.rapport.platform.persistence.SchemaMigrator;
import dev.rapport.platform.plugin.ClassPathPlugin;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.HomeCards;
import dev.rapport.platform.plugin.KernelServices;
import dev.rapport.platform.plugin.MetricRegistry;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.OpenCustomerViews;
import dev.rapport.platform.plugin.PlatformMetricCatalog;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.UnmatchedMailActions;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.plugin.PluginSettingForms;
import dev.rapport.platform.plugin.PluginViews;
import dev.rapport.platform.plugin.PublicEndpointRegistry;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.PasswordHasher;
import dev.rapport.platform.user.SetupTokens;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.web.PluginPagesInShell;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.platform.web.WebServer;
import dev.rapport.platform.web.WebSession;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running platform: database, schema, services and the web server, started in that order and stopped
 * in reverse. {@link Application#main} starts one; tests start one on a random port.
 *
 * <p>A stop takes the web server down first (no new request reaches the rest), then the plugins with their
 * listeners, then the event dispatcher, then the database; it gives all of them together {@link #STOP_TIMEOUT},
 * names what it gave up waiting for, and ends with one line that says it stopped and where the time went.
 */
public final class RapportPlatform implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RapportPlatform.class);
    /** The owner id of what the kernel itself contributes (menu entries, interaction sources). */
    public static final String KERNEL = "kernel";

    /** The longest a stop waits for its parts together; a part still busy after it is left behind, and said so. */
    public static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    /** What a part that starts stopping after {@link #STOP_TIMEOUT} is still given, so the database is shut down. */
    private static final Duration LAST_CHANCE = Duration.ofSeconds(5);

    /** A part of the running platform, named for the log line of a stop. */
    private record Part(String name, AutoCloseable resource) {
    }

    private final Deque<Part> parts = new ArrayDeque<>();
    private final ServiceRegistry services = new ServiceRegistry();
    private final RapportConfig config;
    /** Set when a plugin's tests run the platform in their JVM; null for a real installation. */
    private final InProcess inProcess;
    private WebServer webServer;

    /**
     * How a plugin's tests run the platform in their own JVM (the SDK's test kit): no web server (Karibu-Testing
     * stands in for the browser), plugins from the application's class path, and, outside a browser request, the
     * user the test signed in acting.
     *
     * @param classPathPlugins plugins loaded from the class path (their folders must be in {@code plugins.dir})
     * @param actingUser       who acts when no browser request does; empty: nobody, as in production
     */
    public record InProcess(List<ClassPathPlugin> classPathPlugins, Supplier<Optional<Actor>> actingUser) {
    }

    private RapportPlatform(RapportConfig config, InProcess inProcess) {
        this.config = config;
        this.inProcess = inProcess;
    }

    public static RapportPlatform start(RapportConfig config) {
        return start(config, null);
    }

    /** Starts the kernel without a web server, for a plugin's tests: see {@link InProcess}. */
    public static RapportPlatform startInProcess(RapportConfig config, InProcess inProcess) {
        return start(config, java.util.Objects.requireNonNull(inProcess));
    }

    private static RapportPlatform start(RapportConfig config, InProcess inProcess) {
        LibraryDefaults.apply();
        RapportPlatform platform = new RapportPlatform(config, inProcess);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void startAll() {
        long started = System.nanoTime();
        TrustStore.configured(config); // a production installation trusting the development key stops here, first
        Database database = openDatabase();
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());
        if (config.get("db.url").isEmpty()) {
            migrator.releaseLockOfAKilledRun();
        }
        migrator.migrateKernel();
        new KernelWiring(config, services, (name, resource) -> parts.push(new Part(name, resource))).register(database);
        seedDemoDataOnFirstStart(database);
        startPlugins(database);
        if (inProcess != null) {
            log.info("Rapport CRM kernel started in process in {} ms", (System.nanoTime() - started) / 1_000_000);
            return;
        }
        webServer = WebServer.start(WebServer.listenAddress(config), config.getInt("http.port", 8080),
                Duration.ofMinutes(config.getInt("security.session.timeout.minutes", 30)), services);
        parts.push(new Part("web server", webServer));
        offerFirstAdministratorSetUp();
        log.info("Rapport CRM started in {} ms at {}", (System.nanoTime() - started) / 1_000_000, webServer.url());
    }

    private Database openDatabase() {
        int poolSize = config.getInt("db.pool.size", 10);
        Optional<String> url = config.get("db.url");
        if (url.isPresent()) {
            Database database = new Database(new Database.ConnectionSettings(url.get(), config.get("db.user", "rapport"),
                    config.get("db.password", "")), poolSize);
            parts.push(new Part("database", database));
            return database;
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(config.getPath("data.dir", "data").resolve("mariadb"),
                config.getInt("db.embedded.port", 0), config.getInt("db.embedded.buffer.pool.mb", 256));
        parts.push(new Part("database", embedded));
        Database database = new Database(embedded.connectionSettings(), poolSize);
        parts.pop();
        // The pool's connections close before the server they are connected to.
        parts.push(new Part("database", () -> {
            try (embedded) {
                database.close();
            }
        }));
        return database;
    }

    /** Without any administrator who can sign in, prints the one-time link that creates the first one. */
    private void offerFirstAdministratorSetUp() {
        services.require(SetupTokens.class).issueIfNeeded().ifPresent(token -> {
            String link = webServer.url().resolve("setup?token=" + token).toString();
            log.warn("No administrator can sign in yet. Create the first one with this one-time link (valid 24 h): {}", link);
            System.out.println();
            System.out.println("Create the first administrator: " + link);
        });
    }

    private void startPlugins(Database database) {
        PluginHealth health = services.require(PluginHealth.class);
        PluginRouteRegistrar routes = new PluginRouteRegistrar();
        CustomerTabRegistry tabs = new CustomerTabRegistry(health);
        CustomerContributions customer360 = new CustomerContributions(health);
        parts.push(new Part("customer view contributions", customer360));
        HomeCards homeCards = new HomeCards(health);
        parts.push(new Part("home page cards", homeCards));
        MetricRegistry metrics = new MetricRegistry(health);
        PublicEndpointRegistry endpoints = new PublicEndpointRegistry(health);
        JobScheduler jobs = new JobScheduler(database.dsl(), services.require(Clock.class),
                ZoneId.of(config.get("ui.default.time.zone", "UTC")), Leadership.configured(config).nodeId(), health);
        KernelServices kernel = KernelServices.builder(database.dsl(), services.require(Clock.class))
                .customers(services.require(CustomerService.class), services.require(ProductCatalog.class),
                        services.require(TransactionService.class))
                .interactions(services.require(InteractionService.class), services.require(TaskService.class),
                        services.require(EventOutbox.class))
                .people(services.require(UserDirectory.class), services.require(DepartmentDirectory.class))
                .translations((BundleI18NProvider) services.require(I18NProvider.class))
                .sessionUser(actingUser()).demoData(isDemoInstallation())
                .money(services.require(ExchangeRateService.class).converter())
                .segments(services.require(SegmentService.class))
                .customerViews(services.require(OpenCustomerViews.class)).jobs(jobs)
                .plugins(services.require(PluginSettingForms.class), services.require(PluginPermissions.class))
                .metricCatalog(new PlatformMetricCatalog(new KernelMetrics(database.dsl(),
                        services.require(ExchangeRateService.class).converter())::metrics, metrics,
                        services.require(ModuleAccess.class), health))
                .documents(services.require(DocumentService.class))
                .mail(services.require(dev.rapport.platform.mail.MailQueue.class))
                .build();
        PluginHost host = PluginHost.create(config.getPath("plugins.dir", "plugins"),
                config.getBoolean("plugins.enable.new", true), SignedDropIns.configured(config, isDemoInstallation()),
                kernel, new SchemaMigrator(database.dataSource()), health,
                new PluginPagesInShell(services.require(NavigationRegistry.class), routes), tabs, customer360, metrics,
                endpoints,
                services.require(EventDispatcher.class),
                services.require(EventTypes.class), services.require(ModuleAccess.class), services.require(AuditLog.class),
                homeCards);
        if (inProcess != null) {
            inProcess.classPathPlugins().forEach(host::addClassPathPlugin);
        }
        services.register(PluginRouteRegistrar.class, routes)
                .register(CustomerTabRegistry.class, tabs)
                .register(CustomerContributions.class, customer360)
                .register(HomeCards.class, homeCards)
                .register(UnmatchedMailActions.class, kernel.mailActions())
                .register(MetricRegistry.class, metrics)
                .register(PublicEndpointRegistry.class, endpoints)
                .register(DepartmentFigures.class, new DepartmentFigures(database.dsl(), metrics,
                        services.require(ModuleAccess.class), services.require(DepartmentDirectory.class),
                        services.require(ExchangeRateService.class).converter()))
                .register(FigureTrends.class, new FigureTrends(database.dsl(), metrics,
                        services.require(ExchangeRateService.class).converter()))
                .register(PluginHost.class, host)
                .register(PluginViews.class, host.views());
        parts.push(new Part("plugins", host));
        host.start(config.getBoolean("plugins.watch", true));
        // Stops before the plugins: its ticks end and running jobs are cancelled while their plugins still run.
        services.register(JobScheduler.class, jobs)
                .register(CustomerBulkRuns.class, new CustomerBulkRuns(services.require(CustomerBulkActions.class), jobs))
                .register(JobAdministration.class, new JobAdministration(jobs, services.require(AuditLog.class)));
        jobs.add(KERNEL, new MailPollJob(services.require(MailPoller.class)));
        jobs.add(KERNEL, new MailDeliveryJob(services.require(MailDelivery.class)));
        parts.push(new Part("background jobs", jobs));
        jobs.start();
        if (config.getBoolean("mail.idle", true)) {
            MailIdle idle = new MailIdle(services.require(MailAccountService.class), services.require(MailPoller.class),
                    new MailIdle.Settings(Duration.ofSeconds(config.getInt("mail.idle.renew.seconds", 300)),
                            MailIdle.Settings.DEFAULT.firstRetry(), MailIdle.Settings.DEFAULT.maxRetry()));
            parts.push(new Part("mail IDLE", idle));
            idle.start();
        }
        Marketplace marketplace = Marketplace.create(config, kernel.dsl(), kernel.clock(), host,
                services.require(AuditLog.class));
        services.register(Marketplace.class, marketplace);
        if (config.getInt("cluster.nodes", 1) > 1) {
            PluginConvergence convergence = new PluginConvergence(kernel.dsl(), host, marketplace, kernel.clock());
            parts.push(new Part("plugin convergence", convergence));
            convergence.start(Duration.ofMillis(config.getInt("cluster.plugins.poll.ms", 2000)));
        }
    }

    /** Who acts for a plugin outside its own calls: the browser's user, or in process also the test's. */
    private Supplier<Optional<Actor>> actingUser() {
        if (inProcess == null) {
            return () -> WebSession.currentActor().or(CurrentCaller::actor);
        }
        return () -> WebSession.currentActor().or(CurrentCaller::actor).or(inProcess.actingUser());
    }

    /**
     * A first start on the embedded database shows a living CRM: deterministic demo data is generated when
     * {@code demo.enabled} is on and there is no customer yet, and completed by the next start when a start was cut
     * short while making it (see {@link DemoSeeding}). A production database is never seeded.
     */
    private void seedDemoDataOnFirstStart(Database database) {
        if (!isDemoInstallation()) {
            return;
        }
        new DemoSeeding(database.dsl(), new PasswordHasher(), services.require(Clock.class))
                .completeIfNeeded(config.getInt("demo.customers", 3000), config.getInt("demo.random.seed", 42),
                        (done, total, rows) -> log.info("Demo data: {} of {} customers", done, total))
                .ifPresent(result -> log.info("Demo data ready: {} customers, {} interactions, {} transactions in {} ms; "
                                + "sign in as admin / {}", result.customers(), result.interactions(), result.transactions(),
                        result.elapsed().toMillis(), DemoAccounts.PASSWORD));
    }

    /** An embedded database with demo data: {@code demo.enabled} and no production database configured. */
    private boolean isDemoInstallation() {
        return config.demoInstallation();
    }

    public ServiceRegistry services() {
        return services;
    }

    public URI url() {
        return requireWebServer().url();
    }

    public int port() {
        return requireWebServer().port();
    }

    private WebServer requireWebServer() {
        if (webServer == null) {
            throw new IllegalStateException("The platform runs in process, without a web server");
        }
        return webServer;
    }

    /**
     * Stops the parts in the reverse order of their start, each on a thread of its own so that one that hangs
     * cannot hold the stop past {@link #STOP_TIMEOUT}.
     */
    @Override
    public void close() {
        if (parts.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        long deadline = started + STOP_TIMEOUT.toNanos();
        StringJoiner took = new StringJoiner(", ");
        while (!parts.isEmpty()) {
            Part part = parts.pop();
            long partStarted = System.nanoTime();
            stop(part, Duration.ofNanos(Math.max(deadline - partStarted, LAST_CHANCE.toNanos())));
            took.add(part.name() + " " + (System.nanoTime() - partStarted) / 1_000_000 + " ms");
        }
        log.info("Rapport CRM stopped in {} ms: {}", (System.nanoTime() - started) / 1_000_000, took);
    }

    private static void stop(Part part, Duration patience) {
        Thread stopping = Thread.ofPlatform().daemon().name("rapport-stop-" + part.name().replace(' ', '-'))
                .start(() -> {
                    try {
                        part.resource().close();
                    } catch (Exception e) {
                        log.warn("Stopping the {} failed", part.name(), e);
                    }
                });
        try {
            if (!stopping.join(patience)) {
                log.warn("Gave up waiting for the {} to stop after {} s; stopping the rest", part.name(),
                        patience.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Interrupted while stopping the {}", part.name());
        }
    }
}
