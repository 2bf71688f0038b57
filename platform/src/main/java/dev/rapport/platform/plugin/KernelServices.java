package dev.rapport.platform.plugin;

import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.mail.MailQueue;
import dev.rapport.sdk.extension.MetricCatalog;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.platform.figures.KernelMetrics;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.document.DocumentService;
import dev.rapport.platform.document.DocumentStore;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserDirectory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The kernel services behind every plugin's context; made with {@link #builder}.
 *
 * @param sessionUser the signed-in user of the current browser request, if any (who else acts for a plugin:
 *        {@link PluginActor})
 * @param demoData whether the installation runs with the platform's demo data
 * @param money converts amounts with the kernel's exchange rates
 * @param customerViews the 360° views open in any session, which plugins may ask to redraw
 * @param jobs runs the plugins' background jobs
 * @param settingForms the settings forms plugins contribute
 * @param permissions the permissions plugins declare and the departments' grants
 * @param metricCatalog the kernel's and the running plugins' scorecard metrics
 * @param documents stores the files plugins attach to their records
 * @param mail queues the mail plugins send
 */
public record KernelServices(DSLContext dsl, Clock clock, CustomerService customers, ProductCatalog products,
                             TransactionService transactions, InteractionService interactions, TaskService tasks,
                             EventOutbox outbox, BundleI18NProvider translations, UserDirectory users,
                             DepartmentDirectory departments, Supplier<Optional<Actor>> sessionUser, boolean demoData,
                             CurrencyConverter money, SegmentService segments, OpenCustomerViews customerViews,
                             JobScheduler jobs, PluginSettingForms settingForms, PluginPermissions permissions,
                             MetricCatalog metricCatalog, DocumentService documents, UnmatchedMailActions mailActions,
                             MailQueue mail) {

    /** Builds the services from the kernel's database and clock; the rest is set by name. */
    public static Builder builder(DSLContext dsl, Clock clock) {
        return new Builder(dsl, clock);
    }

    /**
     * The one way to make {@link KernelServices}, each service set by name. Required: the customer, product,
     * transaction, interaction, task, outbox, translation, user, department, money and segment services. Defaults
     * for a platform without a web UI or scheduler of its own (tests, tools): no session user, no demo data, no 360°
     * view ever open, a scheduler in UTC on node "local", and settings forms and permissions over {@code dsl}.
     */
    public static final class Builder {
        private final DSLContext dsl;
        private final Clock clock;
        private CustomerService customers;
        private ProductCatalog products;
        private TransactionService transactions;
        private InteractionService interactions;
        private TaskService tasks;
        private EventOutbox outbox;
        private BundleI18NProvider translations;
        private UserDirectory users;
        private DepartmentDirectory departments;
        private Supplier<Optional<Actor>> sessionUser = Optional::empty;
        private boolean demoData;
        private CurrencyConverter money;
        private SegmentService segments;
        private OpenCustomerViews customerViews;
        private JobScheduler jobs;
        private PluginSettingForms settingForms;
        private PluginPermissions permissions;
        private MetricCatalog metricCatalog;
        private DocumentService documents;
        private MailQueue mail;

        private Builder(DSLContext dsl, Clock clock) {
            this.dsl = Objects.requireNonNull(dsl, "dsl");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        public Builder customers(CustomerService customers, ProductCatalog products, TransactionService transactions) {
            this.customers = customers;
            this.products = products;
            this.transactions = transactions;
            return this;
        }

        public Builder interactions(InteractionService interactions, TaskService tasks, EventOutbox outbox) {
            this.interactions = interactions;
            this.tasks = tasks;
            this.outbox = outbox;
            return this;
        }

        public Builder people(UserDirectory users, DepartmentDirectory departments) {
            this.users = users;
            this.departments = departments;
            return this;
        }

        public Builder translations(BundleI18NProvider translations) {
            this.translations = translations;
            return this;
        }

        public Builder sessionUser(Supplier<Optional<Actor>> sessionUser) {
            this.sessionUser = sessionUser;
            return this;
        }

        public Builder demoData(boolean demoData) {
            this.demoData = demoData;
            return this;
        }

        public Builder money(CurrencyConverter money) {
            this.money = money;
            return this;
        }

        public Builder segments(SegmentService segments) {
            this.segments = segments;
            return this;
        }

        public Builder customerViews(OpenCustomerViews customerViews) {
            this.customerViews = customerViews;
            return this;
        }

        public Builder jobs(JobScheduler jobs) {
            this.jobs = jobs;
            return this;
        }

        public Builder plugins(PluginSettingForms settingForms, PluginPermissions permissions) {
            this.settingForms = settingForms;
            this.permissions = permissions;
            return this;
        }

        /** The metric catalogue; without it, one of the kernel's metrics only. */
        public Builder metricCatalog(MetricCatalog metricCatalog) {
            this.metricCatalog = metricCatalog;
            return this;
        }

        public Builder documents(DocumentService documents) {
            this.documents = documents;
            return this;
        }

        public Builder mail(MailQueue mail) {
            this.mail = mail;
            return this;
        }

        /** @throws NullPointerException naming the first required service not set */
        public KernelServices build() {
            return new KernelServices(dsl, clock, required(customers, "customers"), required(products, "products"),
                    required(transactions, "transactions"), required(interactions, "interactions"),
                    required(tasks, "tasks"), required(outbox, "outbox"), required(translations, "translations"),
                    required(users, "users"), required(departments, "departments"), sessionUser, demoData,
                    required(money, "money"), required(segments, "segments"),
                    customerViews != null ? customerViews : new OpenCustomerViews(),
                    jobs != null ? jobs : new JobScheduler(dsl, clock, ZoneOffset.UTC, "local", new PluginHealth()),
                    settingForms != null ? settingForms : new PluginSettingForms(dsl, new AuditLog(dsl, clock)),
                    permissions != null ? permissions : new PluginPermissions(dsl, new AuditLog(dsl, clock)),
                    metricCatalog != null ? metricCatalog : kernelOnlyCatalog(),
                    documents != null ? documents : temporaryDocuments(), new UnmatchedMailActions(),
                    mail != null ? mail : new MailQueue(dsl, clock, new AuditLog(dsl, clock)));
        }

        private MetricCatalog kernelOnlyCatalog() {
            KernelMetrics kernelMetrics = new KernelMetrics(dsl, required(money, "money"));
            return PlatformMetricCatalog.kernelOnly(kernelMetrics::metrics);
        }

        /** Documents in a fresh temporary folder, for a platform without a data folder (tests, tools). */
        private DocumentService temporaryDocuments() {
            try {
                return new DocumentService(dsl, clock, new DocumentStore(java.nio.file.Files.createTempDirectory("rapport-documents-")),
                        new AuditLog(dsl, clock), DocumentService.DEFAULT_MAX_BYTES);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        private static <T> T required(T service, String name) {
            return Objects.requireNonNull(service, () -> "KernelServices needs " + name);
        }
    }
}
