package dev.rapport.platform;

import com.vaadin.flow.i18n.I18NProvider;
import dev.rapport.platform.api.AccessTokens;
import dev.rapport.platform.api.ServiceAccounts;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.calendar.AppointmentService;
import dev.rapport.platform.calendar.CalendarFeeds;
import dev.rapport.platform.calendar.CalendarService;
import dev.rapport.platform.chart.SvgCharts;
import dev.rapport.platform.cluster.CacheSignals;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.CustomerExport;
import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerRemoval;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerValidator;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.customer.bulk.CustomerBulkActions;
import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.view.SavedViews;
import dev.rapport.platform.document.CustomerDocuments;
import dev.rapport.platform.document.CustomerDocumentsCleanup;
import dev.rapport.platform.document.DocumentService;
import dev.rapport.platform.document.DocumentStore;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.event.OutboxPruner;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.home.RecentCustomers;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.mail.CustomerMail;
import dev.rapport.platform.mail.EmailSender;
import dev.rapport.platform.mail.EmailService;
import dev.rapport.platform.mail.EmailTemplateService;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailLimits;
import dev.rapport.platform.mail.MailDelivery;
import dev.rapport.platform.mail.MailPoller;
import dev.rapport.platform.mail.MailQueue;
import dev.rapport.platform.mail.SecretBox;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.OpenCustomerViews;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.plugin.PluginPermissions;
import dev.rapport.platform.plugin.PluginSettingForms;
import dev.rapport.platform.segment.SegmentFacetRegistry;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.telephony.CallLog;
import dev.rapport.platform.user.Authenticator;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.PasswordHasher;
import dev.rapport.platform.user.SetupTokens;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.NavigationRegistry;
import dev.rapport.platform.webhook.WebhookNotices;
import dev.rapport.platform.webhook.WebhookRetrySchedule;
import dev.rapport.platform.webhook.WebhookSender;
import dev.rapport.platform.webhook.WebhookSubscriptions;
import dev.rapport.platform.webhook.WebhookUrlPolicy;
import dev.rapport.platform.webhook.Webhooks;
import dev.rapport.sdk.chart.Charts;
import java.time.Clock;
import java.time.Duration;
import java.util.function.BiConsumer;
import org.jooq.DSLContext;

/**
 * Wires the kernel's services (people, customers, interactions, tasks, calendar, documents, segments, events, mail,
 * webhooks, cluster signals) into the platform's {@link ServiceRegistry}, in the order they depend on each other.
 * What must stop with the platform is handed to {@code stopLater} in start order (the platform stops it in reverse).
 */
final class KernelWiring {

    private final RapportConfig config;
    private final ServiceRegistry services;
    private final BiConsumer<String, AutoCloseable> stopLater;

    KernelWiring(RapportConfig config, ServiceRegistry services, BiConsumer<String, AutoCloseable> stopLater) {
        this.config = config;
        this.services = services;
        this.stopLater = stopLater;
    }

    /** Creates the kernel's services on {@code database}, registers them, and starts the event dispatcher. */
    void register(Database database) {
        Clock clock = Clock.systemUTC();
        DSLContext dsl = database.dsl();
        AuditLog audit = new AuditLog(dsl, clock);
        EventOutbox outbox = new EventOutbox(clock);
        EventTypes eventTypes = new EventTypes();
        PluginHealth pluginHealth = new PluginHealth();
        EventDispatcher dispatcher = new EventDispatcher(dsl, new LeaseStore(dsl, clock), Leadership.configured(config),
                eventTypes, outbox, clock, retryPolicy(), pluginHealth::failed, audit);
        OutboxPruner outboxPruner = new OutboxPruner(dsl, clock, Duration.ofDays(config.getInt("events.retention.days", 30)));
        dispatcher.pruneWith(outboxPruner);
        database.afterCommit(dispatcher::wake);
        stopLater.accept("event dispatcher", dispatcher);
        UserDirectory users = new UserDirectory(dsl);
        DepartmentDirectory departments = new DepartmentDirectory(dsl, clock, audit);
        PasswordHasher hasher = new PasswordHasher();
        UserAdministration administration = new UserAdministration(dsl, clock, users, departments, hasher, audit);
        CustomerService customers = new CustomerService(dsl, clock,
                new CustomerValidator(config.get("phone.default.region", "US")), users, outbox, audit);
        InteractionService interactions = new InteractionService(dsl, clock, customers, outbox);
        CustomerRemoval removal = new CustomerRemoval(dsl, customers, outbox, audit);
        services.register(RapportConfig.class, config)
                .register(Clock.class, clock)
                .register(Database.class, database)
                .register(AuditLog.class, audit)
                .register(I18NProvider.class, new BundleI18NProvider())
                .register(UserDirectory.class, users)
                .register(DepartmentDirectory.class, departments)
                .register(UserAdministration.class, administration)
                .register(Authenticator.class, Authenticator.configured(config, users, administration, hasher, audit,
                        clock))
                .register(SetupTokens.class, new SetupTokens(dsl, clock, users, administration, audit))
                .register(ModuleAccess.class, new ModuleAccess(dsl, audit))
                .register(PluginSettingForms.class, new PluginSettingForms(dsl, audit))
                .register(PluginPermissions.class, new PluginPermissions(dsl, audit))
                .register(CustomerService.class, customers)
                .register(CustomerMerger.class, new CustomerMerger(dsl, clock, customers, outbox, audit))
                .register(CustomerRemoval.class, removal)
                .register(CustomerBulkActions.class, new CustomerBulkActions(dsl, customers, removal, audit))
                .register(SavedViews.class, new SavedViews(dsl, clock, audit))
                .register(CustomerExport.class, new CustomerExport(dsl, customers, users, audit))
                .register(CustomerImportService.class, new CustomerImportService(customers, users, audit))
                .register(ProductCatalog.class, new ProductCatalog(dsl, clock))
                .register(TransactionService.class, new TransactionService(dsl, clock, customers, outbox))
                .register(InteractionService.class, interactions)
                .register(TimelineService.class, new TimelineService(dsl, clock))
                .register(TaskService.class, new TaskService(dsl, clock, interactions, outbox, users))
                .register(AppointmentService.class, new AppointmentService(dsl, clock, users, audit))
                .register(CalendarFeeds.class, new CalendarFeeds(dsl, clock, audit))
                .register(SegmentService.class, new SegmentService(dsl, clock, customers,
                        new SegmentFacetRegistry(pluginHealth), audit))
                .register(EventOutbox.class, outbox)
                .register(EventTypes.class, eventTypes)
                .register(EventDispatcher.class, dispatcher)
                .register(OutboxPruner.class, outboxPruner)
                .register(PluginHealth.class, pluginHealth)
                .register(OpenCustomerViews.class, new OpenCustomerViews())
                .register(RecentCustomers.class, new RecentCustomers(dsl, clock))
                .register(Charts.class, new SvgCharts(services.require(I18NProvider.class)))
                .register(ExchangeRateService.class, new ExchangeRateService(dsl, clock, audit))
                .register(NavigationRegistry.class, KernelNavigation.create())
                .register(CallLog.class, new CallLog(dsl, clock, customers, interactions, users))
                .register(AccessTokens.class, new AccessTokens(dsl, clock, users, audit))
                .register(ServiceAccounts.class, new ServiceAccounts(dsl, clock, users, departments, audit));
        services.register(CalendarService.class, new CalendarService(dsl, services.require(TaskService.class),
                services.require(AppointmentService.class), audit));
        DocumentService documents = new DocumentService(dsl, clock,
                new DocumentStore(config.getPath("documents.dir", config.getPath("data.dir", "data").resolve("documents").toString())),
                audit, Long.parseLong(config.get("documents.max.bytes", String.valueOf(DocumentService.DEFAULT_MAX_BYTES))));
        services.register(DocumentService.class, documents)
                .register(CustomerDocuments.class, new CustomerDocuments(documents, customers));
        dispatcher.register(CustomerDocumentsCleanup.LISTENER_ID, RapportPlatform.KERNEL, new CustomerDocumentsCleanup(documents));
        registerMail(dsl, clock, customers, interactions, audit);
        registerWebhooks(dsl, clock, dispatcher, users, audit);
        if (config.getInt("cluster.nodes", 1) > 1) {
            signalOtherNodes(dsl, clock, administration);
        }
        dispatcher.start();
    }

    /**
     * Cache signals only where other nodes can read them: a single node would poll the database every second and
     * write rows nobody reads.
     */
    private void signalOtherNodes(DSLContext dsl, Clock clock, UserAdministration administration) {
        CacheSignals cacheSignals = new CacheSignals(dsl, clock, Leadership.configured(config).nodeId());
        administration.signalOtherNodesWith(cacheSignals);
        services.require(ExchangeRateService.class).signalOtherNodesWith(cacheSignals);
        services.require(ModuleAccess.class).signalOtherNodesWith(cacheSignals);
        services.register(CacheSignals.class, cacheSignals);
        stopLater.accept("cache signals", cacheSignals);
        cacheSignals.start(Duration.ofMillis(config.getInt("cluster.cache.poll.ms", 1000)));
    }

    private void registerMail(DSLContext dsl, Clock clock, CustomerService customers, InteractionService interactions,
                              AuditLog audit) {
        MailAccountService mailboxes = new MailAccountService(dsl, clock,
                new SecretBox(config.getPath("data.dir", "data")), audit);
        EmailService emails = new EmailService(dsl, clock, customers, interactions, audit);
        EmailTemplateService templates = new EmailTemplateService(dsl, clock, audit);
        EmailSender sender = new EmailSender(dsl, clock, mailboxes, emails, customers, audit);
        services.register(MailAccountService.class, mailboxes)
                .register(EmailService.class, emails)
                .register(EmailTemplateService.class, templates)
                .register(EmailSender.class, sender)
                .register(CustomerMail.class, new CustomerMail(sender, templates, emails))
                .register(MailPoller.class, new MailPoller(dsl, clock, mailboxes, emails, MailLimits.DEFAULT))
                .register(MailQueue.class, new MailQueue(dsl, clock, audit))
                .register(MailDelivery.class, new MailDelivery(dsl, clock, mailboxes, sender, emails, audit));
    }

    /** Webhooks: stopped after the web server and before the event dispatcher (parts stop in reverse order). */
    private void registerWebhooks(DSLContext dsl, Clock clock, EventDispatcher dispatcher, UserDirectory users,
                                  AuditLog audit) {
        WebhookSubscriptions subscriptions = new WebhookSubscriptions(dsl, clock,
                new SecretBox(config.getPath("data.dir", "data")),
                new WebhookUrlPolicy(config.getBoolean("webhooks.allow.private.addresses", false)), audit);
        WebhookSender.Settings defaults = WebhookSender.Settings.DEFAULT;
        Webhooks webhooks = new Webhooks(dsl, clock, subscriptions, dispatcher, WebhookRetrySchedule.configured(config),
                new WebhookSender.Settings(config.getInt("webhooks.concurrency", defaults.concurrency()),
                        config.getInt("webhooks.per.subscription", defaults.perSubscription()),
                        Duration.ofSeconds(config.getInt("webhooks.timeout.seconds",
                                (int) defaults.requestTimeout().toSeconds())),
                        Duration.ofDays(config.getInt("webhooks.log.retention.days",
                                (int) defaults.logRetention().toDays()))),
                new WebhookNotices(services.require(TaskService.class), users,
                        (BundleI18NProvider) services.require(I18NProvider.class)),
                audit);
        services.register(Webhooks.class, webhooks).register(WebhookSubscriptions.class, subscriptions);
        stopLater.accept("webhooks", webhooks);
        webhooks.start();
    }

    private RetryPolicy retryPolicy() {
        return new RetryPolicy(config.getInt("events.max.attempts", RetryPolicy.DEFAULT.maxAttempts()),
                Duration.ofMillis(config.getInt("events.retry.pause.ms", (int) RetryPolicy.DEFAULT.initialPause().toMillis())),
                RetryPolicy.DEFAULT.maxPause());
    }
}
