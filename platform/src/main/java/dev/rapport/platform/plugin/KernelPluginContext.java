package dev.rapport.platform.plugin;

import dev.rapport.sdk.DemoDataOutcome;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.PluginSettings;
import dev.rapport.sdk.Translations;
import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.CustomerEditor;
import dev.rapport.sdk.customer.CustomerViews;
import dev.rapport.sdk.event.DomainEventPublisher;
import dev.rapport.sdk.history.CustomerHistory;
import dev.rapport.sdk.interaction.InteractionLog;
import dev.rapport.platform.chart.SvgCharts;
import dev.rapport.sdk.chart.Charts;
import dev.rapport.sdk.extension.EventTypeListener;
import dev.rapport.sdk.extension.MetricCatalog;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.task.Tasks;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.security.StaffDirectory;
import dev.rapport.sdk.segment.Segments;
import dev.rapport.sdk.job.Jobs;
import dev.rapport.platform.segment.PluginSegments;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import dev.rapport.sdk.document.Documents;
import dev.rapport.sdk.mail.OutgoingMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plugin's access to the platform, and the constructor arguments its views and extensions may ask for:
 * the context itself, each service it offers, and what the plugin {@link #provide provided}. Its
 * {@link #dsl()} reaches only the plugin's own tables ({@link PluginTableGuard}); who acts for the plugin's
 * writes is decided by {@link PluginActor}.
 */
final class KernelPluginContext implements PluginContext {

    private final String pluginId;
    private final KernelServices kernel;
    private final CustomerDirectory customers;
    private final InteractionLog interactions;
    private final Tasks tasks;
    private final Charts charts;
    private final SdkEventPublisher events;
    private final PluginSettings settings;
    private final Translations translations;
    private final Security security;
    private final CustomerEditor customerEditor;
    private final StaffDirectory staff;
    private final CustomerHistory history;
    private final Segments segments;
    private final Jobs jobs;
    private final Documents documents;
    private final OutgoingMail mail;
    private final Logger logger;
    private final Map<Class<?>, Object> provided = new ConcurrentHashMap<>();
    private final DSLContext dsl;
    private volatile Supplier<List<String>> tablePrefixes = List::of;

    KernelPluginContext(String pluginId, KernelServices kernel) {
        this.pluginId = pluginId;
        this.kernel = kernel;
        this.customers = new SdkCustomerDirectory(kernel.customers(), kernel.products(), kernel.transactions());
        PluginActor actor = new PluginActor(pluginId, kernel.sessionUser());
        this.interactions = new SdkInteractionLog(kernel.interactions(), pluginId, actor);
        this.charts = new SvgCharts(kernel.translations());
        this.tasks = new SdkTasks(kernel.tasks(), pluginId, actor);
        this.events = new SdkEventPublisher(kernel.outbox(), kernel.dsl(), pluginId);
        this.settings = new DatabasePluginSettings(kernel.dsl(), pluginId);
        this.translations = new PluginTranslations(kernel.translations());
        this.security = new SdkSecurity(actor, kernel.users(), kernel.departments(), kernel.permissions());
        this.customerEditor = new SdkCustomerEditor(kernel.customers(), kernel.transactions(), kernel.dsl(), actor,
                pluginId);
        this.staff = new SdkStaffDirectory(kernel.users(), kernel.departments());
        this.history = new SdkCustomerHistory(kernel.customers(), kernel.transactions(), kernel.interactions());
        this.segments = new PluginSegments(kernel.segments(), pluginId, actor::current);
        this.jobs = new PluginJobs(kernel.jobs(), pluginId, actor);
        this.documents = new PluginDocuments(kernel.documents(), pluginId, actor);
        this.mail = new PluginMail(kernel.mail(), kernel.dsl(), pluginId, actor);
        this.logger = LoggerFactory.getLogger("plugin." + pluginId);
        this.dsl = PluginTableGuard.guard(kernel.dsl(), pluginId, () -> tablePrefixes.get());
    }

    /** Where the prefixes of the plugin's tables come from (its schema contributions); asked at its first statement. */
    void tablePrefixesFrom(Supplier<List<String>> prefixes) {
        this.tablePrefixes = prefixes;
    }

    /** Who hears that one of the plugin's type listeners wants other types ({@code events().typesChanged}). */
    void eventTypeChangesTo(BiConsumer<String, EventTypeListener> receiver) {
        events.typeChangesTo(receiver);
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public CustomerDirectory customers() {
        return customers;
    }

    @Override
    public InteractionLog interactions() {
        return interactions;
    }

    @Override
    public Tasks tasks() {
        return tasks;
    }

    @Override
    public DomainEventPublisher events() {
        return events;
    }

    @Override
    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public Clock clock() {
        return kernel.clock();
    }

    @Override
    public Translations i18n() {
        return translations;
    }

    @Override
    public Logger logger() {
        return logger;
    }

    @Override
    public Security security() {
        return security;
    }

    @Override
    public CustomerEditor customerEditor() {
        return customerEditor;
    }

    @Override
    public StaffDirectory staff() {
        return staff;
    }

    @Override
    public CustomerHistory history() {
        return history;
    }

    @Override
    public CustomerViews customerViews() {
        return kernel.customerViews();
    }

    @Override
    public Segments segments() {
        return segments;
    }

    @Override
    public Jobs jobs() {
        return jobs;
    }

    @Override
    public boolean demoData() {
        return kernel.demoData();
    }

    @Override
    public DemoDataOutcome makeDemoDataOnce(Runnable maker) {
        return new DemoDataOnce(kernel.dsl(), kernel.clock(), pluginId, logger).make(maker);
    }

    @Override
    public Charts charts() {
        return charts;
    }

    @Override
    public MetricCatalog metricCatalog() {
        return kernel.metricCatalog();
    }

    @Override
    public Documents documents() {
        return documents;
    }

    @Override
    public OutgoingMail mail() {
        return mail;
    }

    @Override
    public CurrencyConverter money() {
        return kernel.money();
    }

    @Override
    public <T> void provide(Class<T> type, T service) {
        provided.put(type, type.cast(service));
    }

    /** Forgets what the plugin provided (it stopped). */
    void forgetProvided() {
        provided.clear();
    }

    /** A constructor argument of {@code type} for one of the plugin's classes. */
    Optional<Object> resolve(Class<?> type) {
        Object value = provided.get(type);
        if (value != null) {
            return Optional.of(value);
        }
        Object service = type == PluginContext.class ? this
                : type == CustomerDirectory.class ? customers
                : type == InteractionLog.class ? interactions
                : type == Tasks.class ? tasks
                : type == DomainEventPublisher.class ? events
                : type == PluginSettings.class ? settings
                : type == Translations.class ? translations
                : type == Security.class ? security
                : type == CustomerEditor.class ? customerEditor
                : type == StaffDirectory.class ? staff
                : type == CustomerHistory.class ? history
                : type == CustomerViews.class ? kernel.customerViews()
                : type == CurrencyConverter.class ? kernel.money()
                : type == Charts.class ? charts
                : type == Segments.class ? segments
                : type == Jobs.class ? jobs
                : type == MetricCatalog.class ? kernel.metricCatalog()
                : type == Documents.class ? documents
                : type == OutgoingMail.class ? mail
                : type == DSLContext.class ? dsl
                : type == Clock.class ? kernel.clock()
                : type == Logger.class ? logger
                : null;
        return Optional.ofNullable(service);
    }
}
