package dev.rapport.platform.testing;

import dev.rapport.platform.figures.DepartmentFigures;
import dev.rapport.platform.plugin.MetricRegistry;
import com.github.mvysny.kaributesting.v10.KaribuConfig;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Location;
import dev.rapport.platform.KernelNavigation;
import dev.rapport.platform.ServiceRegistry;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.plugin.CustomerContributions;
import dev.rapport.platform.plugin.OpenCustomerViews;
import dev.rapport.platform.plugin.CustomerTabRegistry;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.user.UserAdministration;
import com.vaadin.flow.server.VaadinSession;
import dev.rapport.platform.web.PluginRouteRegistrar;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MockRapportServlet;
import dev.rapport.platform.web.NavigationRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kotlin.Unit;
import kotlin.jvm.functions.Function1;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Server-side UI tests without a browser (Karibu-Testing): before each test a fresh mocked Vaadin session
 * and UI whose views are created as in production, by the platform's instantiator, with the {@link Kernel}'s
 * services against the shared test database and a new user acting in the session; torn down after it.
 *
 * <pre>{@code @RegisterExtension final KaribuUi ui = new KaribuUi();}</pre>
 *
 * No view is open at the start: a test stores its data first, then {@link #open opens} an address.
 */
public final class KaribuUi implements BeforeEachCallback, AfterEachCallback {

    /** The zone Karibu's fake browser reports; also the configured default, so no date moves when it reports. */
    public static final ZoneId BROWSER_ZONE = ZoneId.of("Europe/Helsinki");

    private static final Routes ROUTES = new Routes().autoDiscoverViews("dev.rapport.platform");
    private static final Kernel KERNEL = new Kernel();
    /** Mail without a connected mailbox (a test with one registers its own {@link dev.rapport.platform.mail.CustomerMail}). */
    private static final dev.rapport.platform.mail.CustomerMail MAIL = customerMail(KERNEL,
            new dev.rapport.platform.mail.SecretBox(Path.of("target", "karibu-secrets")));

    /** The mail services over the kernel's, with passwords sealed by {@code secrets}. */
    public static dev.rapport.platform.mail.CustomerMail customerMail(Kernel kernel,
                                                                      dev.rapport.platform.mail.SecretBox secrets) {
        var accounts = new dev.rapport.platform.mail.MailAccountService(kernel.dsl, kernel.clock, secrets, kernel.audit);
        var emails = new dev.rapport.platform.mail.EmailService(kernel.dsl, kernel.clock, kernel.customers,
                kernel.interactions, kernel.audit);
        return new dev.rapport.platform.mail.CustomerMail(new dev.rapport.platform.mail.EmailSender(kernel.dsl,
                kernel.clock, accounts, emails, kernel.customers, kernel.audit),
                new dev.rapport.platform.mail.EmailTemplateService(kernel.dsl, kernel.clock, kernel.audit), emails);
    }

    private final List<String> historyUrls = new ArrayList<>();
    private final Function1<PendingJavaScriptInvocation, Unit> historyRecorder = invocation -> {
        recordHistoryUrl(invocation);
        return Unit.INSTANCE;
    };
    private Actor actor;
    // The registries plugins fill; a test may fill them the way a starting plugin would.
    private final PluginHealth pluginHealth = new PluginHealth();
    private final CustomerTabRegistry pluginTabs = new CustomerTabRegistry(pluginHealth);
    private final CustomerContributions customer360 = new CustomerContributions(pluginHealth);
    private final OpenCustomerViews openCustomerViews = new OpenCustomerViews();
    private final NavigationRegistry navigation = KernelNavigation.create();
    private final PluginRouteRegistrar routes = new PluginRouteRegistrar();
    private final ModuleAccess modules = new ModuleAccess(KERNEL.dsl, KERNEL.audit);
    private final MetricRegistry metrics = new MetricRegistry(pluginHealth);
    private final dev.rapport.platform.plugin.HomeCards homeCards = new dev.rapport.platform.plugin.HomeCards(pluginHealth);
    private final dev.rapport.platform.plugin.PluginPermissions permissions =
            new dev.rapport.platform.plugin.PluginPermissions(KERNEL.dsl, KERNEL.audit);
    private final dev.rapport.platform.plugin.PluginSettingForms settingForms =
            new dev.rapport.platform.plugin.PluginSettingForms(KERNEL.dsl, KERNEL.audit);
    private final java.util.function.Consumer<ServiceRegistry> extraServices;
    // Never started: bulk changes of more than the inline limit record and run their one-off runs on it.
    private final dev.rapport.platform.job.JobScheduler jobs = new dev.rapport.platform.job.JobScheduler(KERNEL.dsl,
            KERNEL.clock, BROWSER_ZONE, "karibu", pluginHealth);
    private final dev.rapport.platform.customer.bulk.CustomerBulkRuns bulkRuns =
            new dev.rapport.platform.customer.bulk.CustomerBulkRuns(new dev.rapport.platform.customer.bulk.CustomerBulkActions(
                    KERNEL.dsl, KERNEL.customers, new dev.rapport.platform.customer.CustomerRemoval(KERNEL.dsl,
                    KERNEL.customers, KERNEL.outbox, KERNEL.audit), KERNEL.audit), jobs);

    public KaribuUi() {
        this(registry -> { });
    }

    /** A UI whose service registry also holds what {@code extraServices} registers (e.g. a fake). */
    public KaribuUi(java.util.function.Consumer<ServiceRegistry> extraServices) {
        this.extraServices = extraServices;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        actor = KERNEL.newActor();
        historyUrls.clear();
        KaribuConfig.setInitDefaultRoute(false);
        KaribuConfig.getPendingJavascriptInvocationHandlers().add(historyRecorder);
        MockVaadin.setup(MockedUI::new, new MockRapportServlet(ROUTES, services(KERNEL, actor)));
        VaadinSession.getCurrent().setAttribute(Actor.class, actor);
        // The texts the tests expect, whatever the JVM's default locale.
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            MockVaadin.tearDown();
            jobs.close();
        } finally {
            KaribuConfig.getPendingJavascriptInvocationHandlers().remove(historyRecorder);
            KaribuConfig.setInitDefaultRoute(true);
        }
    }

    /** The services the platform registers at start-up, wired to the test database, with {@code actor} acting. */
    private ServiceRegistry services(Kernel kernel, Actor actor) {
        ServiceRegistry registry = new ServiceRegistry();
        extraServices.accept(registry);
        if (registry.find(SegmentService.class).isEmpty()) {
            registry.register(SegmentService.class, kernel.segments);
        }
        if (registry.find(dev.rapport.platform.mail.CustomerMail.class).isEmpty()) {
            registry.register(dev.rapport.platform.mail.CustomerMail.class, MAIL);
        }
        return registry
                .register(RapportConfig.class, RapportConfig.of(Path.of("."),
                        Map.of("ui.default.time.zone", BROWSER_ZONE.getId())))
                .register(Clock.class, kernel.clock)
                .register(I18NProvider.class, new BundleI18NProvider())
                .register(UserDirectory.class, kernel.users)
                .register(CustomerService.class, kernel.customers)
                .register(CustomerImportService.class, kernel.imports)
                .register(ProductCatalog.class, kernel.products)
                .register(TransactionService.class, kernel.transactions)
                .register(InteractionService.class, kernel.interactions)
                .register(TimelineService.class, kernel.timeline)
                .register(NavigationRegistry.class, navigation)
                .register(PluginRouteRegistrar.class, routes)
                .register(TaskService.class, kernel.tasks)
                .register(dev.rapport.platform.calendar.AppointmentService.class, kernel.appointments)
                .register(dev.rapport.platform.calendar.CalendarService.class, kernel.calendar)
                .register(dev.rapport.platform.calendar.CalendarFeeds.class, kernel.calendarFeeds)
                .register(dev.rapport.platform.document.CustomerDocuments.class, kernel.customerDocuments)
                .register(DepartmentDirectory.class, kernel.departments)
                .register(CustomerTabRegistry.class, pluginTabs)
                .register(CustomerContributions.class, customer360)
                .register(OpenCustomerViews.class, openCustomerViews)
                .register(AuditLog.class, kernel.audit)
                .register(dev.rapport.platform.customer.CustomerMerger.class, kernel.merger)
                .register(dev.rapport.platform.customer.CustomerExport.class, kernel.export)
                .register(ModuleAccess.class, modules)
                .register(dev.rapport.platform.plugin.PluginPermissions.class, permissions)
                .register(dev.rapport.platform.plugin.PluginSettingForms.class, settingForms)
                .register(DepartmentFigures.class, new DepartmentFigures(kernel.dsl, metrics, modules, kernel.departments,
                        kernel.exchangeRates.converter()))
                .register(ExchangeRateService.class, kernel.exchangeRates)
                .register(dev.rapport.platform.figures.FigureTrends.class, new dev.rapport.platform.figures.FigureTrends(
                        kernel.dsl, metrics, kernel.exchangeRates.converter()))
                .register(dev.rapport.platform.plugin.HomeCards.class, homeCards)
                .register(dev.rapport.platform.home.RecentCustomers.class,
                        new dev.rapport.platform.home.RecentCustomers(kernel.dsl, kernel.clock))
                .register(dev.rapport.sdk.chart.Charts.class,
                        new dev.rapport.platform.chart.SvgCharts(new BundleI18NProvider()))
                                .register(UserAdministration.class, kernel.userAdministration)
                .register(dev.rapport.platform.customer.bulk.CustomerBulkRuns.class, bulkRuns)
                .register(dev.rapport.platform.customer.view.SavedViews.class,
                        new dev.rapport.platform.customer.view.SavedViews(kernel.dsl, kernel.clock, kernel.audit));
    }

    public NavigationRegistry navigation() {
        return navigation;
    }

    public PluginRouteRegistrar routes() {
        return routes;
    }

    public CustomerTabRegistry pluginTabs() {
        return pluginTabs;
    }

    public CustomerContributions customer360() {
        return customer360;
    }

    public OpenCustomerViews openCustomerViews() {
        return openCustomerViews;
    }

    public MetricRegistry metrics() {
        return metrics;
    }

    public dev.rapport.platform.plugin.PluginPermissions permissions() {
        return permissions;
    }

    public dev.rapport.platform.plugin.PluginSettingForms settingForms() {
        return settingForms;
    }

    /** The home page cards plugins contribute; a test may add one as a starting plugin would. */
    public dev.rapport.platform.plugin.HomeCards homeCards() {
        return homeCards;
    }

    public ModuleAccess modules() {
        return modules;
    }

    /** Signs {@code other} in instead of the administrator the test started with. */
    public void actAs(Actor other) {
        actor = other;
        VaadinSession.getCurrent().setAttribute(Actor.class, other);
    }

    public PluginHealth pluginHealth() {
        return pluginHealth;
    }

    public Kernel kernel() {
        return KERNEL;
    }

    /** The user acting in this test's session. */
    public Actor actor() {
        return actor;
    }

    /** Navigates to {@code location} (path and query, no leading slash), as if typed into the address bar. */
    public void open(String location) {
        Location parsed = new Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    /** How the views format dates, times and numbers in these tests. */
    public Formats formats() {
        return new Formats(Locale.ENGLISH, BROWSER_ZONE);
    }

    /** The address the UI last wrote into the browser's history without navigating (e.g. a list's filter). */
    public Optional<String> lastReplacedUrl() {
        MockVaadin.clientRoundtrip(false);
        return historyUrls.isEmpty() ? Optional.empty() : Optional.of(historyUrls.getLast());
    }

    /** Flow's History.replaceState: React Router's navigate event with {@code replace: true}, or plain history.replaceState. */
    private void recordHistoryUrl(PendingJavaScriptInvocation invocation) {
        String expression = invocation.getInvocation().getExpression();
        if (expression.contains("history.replaceState") || expression.contains("replace: true")) {
            historyUrls.add(String.valueOf(invocation.getInvocation().getParameters().get(1)));
        }
    }
}
