package dev.rapport.sdk;

import dev.rapport.sdk.customer.CustomerDirectory;
import dev.rapport.sdk.customer.CustomerEditor;
import dev.rapport.sdk.customer.CustomerViews;
import dev.rapport.sdk.event.DomainEventPublisher;
import dev.rapport.sdk.history.CustomerHistory;
import dev.rapport.sdk.interaction.InteractionLog;
import dev.rapport.sdk.money.CurrencyConverter;
import dev.rapport.sdk.security.Security;
import dev.rapport.sdk.segment.Segments;
import dev.rapport.sdk.security.StaffDirectory;
import dev.rapport.sdk.task.Tasks;
import java.time.Clock;
import org.jooq.DSLContext;
import org.slf4j.Logger;

/**
 * A plugin's access to the platform. One context per plugin, created when the plugin is loaded and valid
 * as long as it is; handed to the plugin's constructor, to its extensions' and views' constructors that ask
 * for it.
 *
 * <p>Every service may be used from any thread.
 *
 * @since 1.0.0
 */
public interface PluginContext {

    /**
     * The plugin's id, from its {@code Plugin-Id} manifest entry.
     *
     * @return the id, e.g. {@code acquisition}
     */
    String pluginId();

    /**
     * Customers, contact persons, products and transactions, read-only.
     *
     * @return the directory
     */
    CustomerDirectory customers();

    /**
     * The interaction log: read a customer's contacts, append new ones.
     *
     * @return the log
     */
    InteractionLog interactions();

    /**
     * Follow-ups for users and department queues.
     *
     * @return the tasks
     */
    Tasks tasks();

    /**
     * Publishes the plugin's own events.
     *
     * @return the publisher
     */
    DomainEventPublisher events();

    /**
     * jOOQ access to the database for the plugin's own tables (those its changelog created, with its table
     * prefix). Kernel tables are read through the services above, never directly: since 1.3.0 a statement that
     * names a table without the plugin's prefix is refused before it runs with an
     * {@link dev.rapport.sdk.error.AccessDeniedException} naming the plugin and the table. Plain SQL is read with
     * jOOQ's parser to find its tables, and refused when the parser cannot read it. A transaction begun here may be
     * handed to the SDK's services ({@code append(transaction, ...)} and the like): their own writes to kernel tables
     * join it.
     *
     * @return a context on the platform's connection pool, rendering MariaDB SQL
     */
    DSLContext dsl();

    /**
     * The plugin's settings, kept in the database.
     *
     * @return the settings
     */
    PluginSettings settings();

    /**
     * The platform's clock; use it instead of the system clock so tests can fix time.
     *
     * @return the clock, in UTC
     */
    Clock clock();

    /**
     * Translations from the plugin's resource bundle ({@code plugins/<plugin-id>/messages*.properties}) and
     * the kernel's, in the current user's language. The plugin's texts are there from {@link RapportPlugin#start()}
     * on (since 1.2.0; before, only once its extensions were registered).
     *
     * @return the translations
     */
    Translations i18n();

    /**
     * A logger named after the plugin, so its lines can be told apart.
     *
     * @return the logger
     */
    Logger logger();

    /**
     * The current user and their permissions.
     *
     * @return the security service
     * @since 1.1.0
     */
    Security security();

    /**
     * Creates customers and adds to existing ones through the kernel's rules (validation, permissions, events,
     * audit).
     *
     * @return the editor
     * @since 1.2.0
     */
    CustomerEditor customerEditor();

    /**
     * The departments and their people.
     *
     * @return the directory
     * @since 1.2.0
     */
    StaffDirectory staff();

    /**
     * Whether this installation runs with the platform's demo data (an embedded database filled with
     * deterministic demo customers at its first start, {@code demo.enabled}). A plugin may then add demo data of
     * its own when it first starts, so that its screens show something; a production installation never is one.
     *
     * @return true on a demo installation
     * @since 1.2.0
     */
    boolean demoData();

    /**
     * Makes the plugin's demo data once per installation, however many times and on however many nodes the plugin
     * starts. The caller decides whether demo data is wanted at all (usually only when {@link #demoData()} is true),
     * typically in {@link RapportPlugin#start()}:
     * <pre>{@code
     * if (context.demoData()) {
     *     context.makeDemoDataOnce(() -> new VisitsDemoData(context, visits).make());
     * }
     * }</pre>
     *
     * <p>The first call of an installation claims the plugin's setting {@code demo.generated} in one atomic insert
     * (so of the nodes of a cluster starting together exactly one wins; the others return
     * {@link DemoDataOutcome#CLAIMED_BEFORE} at once without waiting), then runs {@code maker} on the calling thread
     * and records the outcome in that setting: when it was made and how long it took, or that it failed and why. The
     * time taken is logged at info level on {@link #logger()}.
     *
     * <p>Failure semantics: at most once. The maker writes through the plugin's own services, whose writes are
     * committed as they go; when it throws halfway, what it wrote stays, the exception is logged as a warning and
     * recorded, the call returns {@link DemoDataOutcome#FAILED} and the plugin keeps starting; no later start tries
     * again (a second attempt would duplicate the first half). A node that dies while making keeps the claim too.
     * Removing the setting {@code demo.generated} (e.g. {@code context.settings().remove("demo.generated")} in a test)
     * lets the next call make the demo data again. A plugin that wants a cut-short first start to resume should make
     * its demo data in steps of its own, each in one transaction with a record of the step, instead.
     *
     * <p>Installations whose plugin set {@code demo.generated} itself before 1.3.0 count as made.
     *
     * @param maker writes the demo data; runs at most once per installation, on the calling thread
     * @return what this call did
     * @since 1.3.0
     */
    DemoDataOutcome makeDemoDataOnce(Runnable maker);

    /**
     * The whole history of every customer (customers, transactions, interactions), walked page by page: what a
     * plugin enabled after the history was written reads to build its state from the past.
     *
     * @return the history
     * @since 1.3.0
     */
    CustomerHistory history();

    /**
     * The customer 360° views open in users' browsers: redraw them when the plugin's data about a customer
     * changed outside them.
     *
     * @return the open views
     * @since 1.3.0
     */
    CustomerViews customerViews();

    /**
     * Converts amounts between currencies at a date with the kernel's exchange rates, and names the company's
     * reporting currency. Also given to constructors that ask for a {@link CurrencyConverter}.
     *
     * @return the converter, thread-safe
     * @since 1.3.0
     */
    CurrencyConverter money();

    /**
     * The kernel's saved customer segments: list, count and read them, and write this plugin's facet values.
     *
     * @return the segments
     * @since 1.3.0
     */
    Segments segments();

    /**
     * The plugin's background jobs ({@link dev.rapport.sdk.job.BackgroundJob}): start one now for the current user,
     * follow its runs. Also given to constructors that ask for {@link dev.rapport.sdk.job.Jobs}.
     *
     * @return the jobs, thread-safe
     * @since 1.3.0
     */
    dev.rapport.sdk.job.Jobs jobs();

    /**
     * Draws charts the way the kernel does (inline SVG in the theme's colours, accessible). Also given to constructors
     * that ask for {@link dev.rapport.sdk.chart.Charts}.
     *
     * @return the chart renderer, thread-safe
     * @since 1.3.0
     */
    dev.rapport.sdk.chart.Charts charts();

    /**
     * Every KPI of the installation, the kernel's and the running plugins' (see
     * {@link dev.rapport.sdk.extension.MetricCatalog}). Also given to constructors that ask for it.
     *
     * @return the catalogue, thread-safe
     * @since 1.3.0
     */
    dev.rapport.sdk.extension.MetricCatalog metricCatalog();

    /**
     * Files attached to the plugin's records, stored and checked by the kernel. Also given to constructors that ask
     * for {@link dev.rapport.sdk.document.Documents}.
     *
     * @return the plugin's documents, thread-safe
     * @since 1.3.0
     */
    dev.rapport.sdk.document.Documents documents();

    /**
     * Mail to customers and staff from the departments' mailboxes, queued and sent by the kernel with retries. Also
     * given to constructors that ask for {@link dev.rapport.sdk.mail.OutgoingMail}.
     *
     * @return the plugin's outgoing mail, thread-safe
     * @since 1.3.0
     */
    dev.rapport.sdk.mail.OutgoingMail mail();

    /**
     * Offers {@code service} to the plugin's views and extensions: a constructor parameter of type
     * {@code type} receives it. Call it in {@link RapportPlugin#start()}; services are forgotten when the
     * plugin stops.
     *
     * @param type the type constructors ask for
     * @param service the instance to give them
     * @param <T> the type
     */
    <T> void provide(Class<T> type, T service);
}
