package dev.rapport.platform.plugin;

import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserDirectory;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The kernel services behind every plugin's context.
 *
 * @param sessionUser the signed-in user of the current browser request, if any (who else acts for a plugin:
 *        {@link PluginActor})
 * @param demoData whether the installation runs with the platform's demo data
 * @param money converts amounts with the kernel's exchange rates
 * @param customerViews the 360° views open in any session, which plugins may ask to redraw
 * @param jobs runs the plugins' background jobs
 * @param settingForms the settings forms plugins contribute
 * @param permissions the permissions plugins declare and the departments' grants
 */
public record KernelServices(DSLContext dsl, Clock clock, CustomerService customers, ProductCatalog products,
                             TransactionService transactions, InteractionService interactions, TaskService tasks,
                             EventOutbox outbox, BundleI18NProvider translations, UserDirectory users,
                             DepartmentDirectory departments, Supplier<Optional<Actor>> sessionUser, boolean demoData,
                             CurrencyConverter money, SegmentService segments, OpenCustomerViews customerViews,
                             JobScheduler jobs, PluginSettingForms settingForms, PluginPermissions permissions) {

    /** The services without a scheduler, settings forms and permissions of their own (tests, tools). */
    public KernelServices(DSLContext dsl, Clock clock, CustomerService customers, ProductCatalog products,
                          TransactionService transactions, InteractionService interactions, TaskService tasks,
                          EventOutbox outbox, BundleI18NProvider translations, UserDirectory users,
                          DepartmentDirectory departments, Supplier<Optional<Actor>> sessionUser, boolean demoData,
                          CurrencyConverter money, SegmentService segments, OpenCustomerViews customerViews) {
        this(dsl, clock, customers, products, transactions, interactions, tasks, outbox, translations, users,
                departments, sessionUser, demoData, money, segments, customerViews,
                new JobScheduler(dsl, clock, ZoneOffset.UTC, "local", new PluginHealth()),
                new PluginSettingForms(dsl, new AuditLog(dsl, clock)), new PluginPermissions(dsl, new AuditLog(dsl, clock)));
    }

    /** The services of a platform without a web UI (tests, tools): no 360° view is ever open. */
    public KernelServices(DSLContext dsl, Clock clock, CustomerService customers, ProductCatalog products,
                          TransactionService transactions, InteractionService interactions, TaskService tasks,
                          EventOutbox outbox, BundleI18NProvider translations, UserDirectory users,
                          DepartmentDirectory departments, Supplier<Optional<Actor>> sessionUser, boolean demoData,
                          CurrencyConverter money, SegmentService segments) {
        this(dsl, clock, customers, products, transactions, interactions, tasks, outbox, translations, users,
                departments, sessionUser, demoData, money, segments, new OpenCustomerViews());
    }
}
