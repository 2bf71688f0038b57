package dev.rapport.testkit;

import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerRemoval;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.ProductDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.persistence.Database;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.RapportPlatform;
import dev.rapport.platform.job.JobScheduler;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailDeliveryJob;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.DepartmentDirectory;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.job.JobRunInfo;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A plugin's tests against a real kernel: a JUnit 5 extension that starts ONE kernel per test JVM, in process, on an
 * embedded MariaDB, and loads the plugin under test (its build output, found by its {@code plugin.properties}) through
 * the real plugin runtime: its Liquibase changelog runs, its extensions register, its listeners receive events, its
 * jobs run on the platform's scheduler.
 *
 * <pre>{@code
 * class VisitServiceTest {
 *     @RegisterExtension
 *     static final RapportKernel kernel = RapportKernel.withPluginUnderTest();
 *
 *     @Test
 *     void anAgentRecordsAVisit() {
 *         kernel.signIn(kernel.createUser(Role.AGENT, "sales"));
 *         CustomerInfo customer = kernel.createPerson("Vera", kernel.unique("Visit"), null, true);
 *         kernel.service(VisitService.class).record(customer.id(), "Coffee");
 *         assertThat(kernel.recorded().events(VisitRecorded.class)).hasSize(1);
 *     }
 * }
 * }</pre>
 *
 * <p><b>Lifecycle.</b> The first test class that uses it starts the kernel (a few seconds, see the SDK's README); later
 * classes in the same JVM (surefire reuses its fork) share it, and the kernel stops when the JVM ends. Before each test
 * nobody is signed in, and {@link #recorded()} and {@link #sentMail()} start empty.
 *
 * <p><b>Isolation.</b> Test classes share one database: each test makes its own data (see {@link #unique}) and asserts
 * on it, or on what {@link #recorded()} saw during the test. A test that needs some of the plugin's tables empty
 * deletes their rows through {@link #dsl()} first. Tests of one JVM must not run in parallel.
 *
 * <p><b>Threading.</b> {@link #signIn} binds the user to the calling thread, as a browser request does; code the test
 * runs on other threads acts as nobody, as in production.
 *
 * @since 1.3.0
 */
public final class RapportKernel implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final Recorded recorded = new Recorded(this::kernel);

    private RapportKernel() {
    }

    /** The kernel with the plugin whose build output is on the test class path. */
    public static RapportKernel withPluginUnderTest() {
        return new RapportKernel();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        kernel();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        RunningKernel.SIGNED_IN.remove();
        recorded.markStart();
        if (TestMailServer.started()) {
            TestMailServer.get().clear();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        RunningKernel.SIGNED_IN.remove();
    }

    RunningKernel kernel() {
        return RunningKernel.get();
    }

    /** The id of the plugin under test. */
    public String pluginId() {
        return kernel().plugin.id();
    }

    /** How long the kernel of this JVM took to start, in milliseconds. */
    public long startMillis() {
        return kernel().startMillis;
    }

    /** The plugin's context as the plugin sees it: the SDK's services, its settings, translations, clock. */
    public PluginContext context() {
        return kernel().context();
    }

    /**
     * What a constructor of the plugin's views and extensions would receive for {@code type}: a service the plugin
     * {@code provide}d, or one of its context's services.
     *
     * @throws IllegalArgumentException when there is none
     */
    public <T> T service(Class<T> type) {
        return kernel().host().constructorArgument(pluginId(), type).orElseThrow(() -> new IllegalArgumentException(
                "The plugin " + pluginId() + " provides no " + type.getName()));
    }

    /** The plugin's {@code DSLContext}: its own tables only, as in production. */
    public DSLContext dsl() {
        return context().dsl();
    }

    /**
     * Removes every setting the plugin has stored, so that it reads its defaults again: settings are kept in the
     * shared database, and a test that changes one would otherwise change it for the tests after it.
     */
    public void clearSettings() {
        context().settings().all().keySet().forEach(context().settings()::remove);
    }

    /** What the kernel recorded since the current test began: events, customers, tasks, interactions, audit. */
    public Recorded recorded() {
        return recorded;
    }

    /** {@code prefix} followed by ten random characters: names and emails that keep tests apart. */
    public String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    // Users and who acts

    /** A new active user with {@code role} in the departments with {@code departmentCodes}, named uniquely. */
    public UserInfo createUser(Role role, String... departmentCodes) {
        return createUser(unique(role.name().charAt(0) + role.name().substring(1).toLowerCase() + " "), role,
                departmentCodes);
    }

    /**
     * A new active user named {@code displayName}, created through the kernel's user administration (validated,
     * audited), with {@code role} in the departments with {@code departmentCodes} (the kernel's are {@code sales},
     * {@code marketing}, {@code service}, {@code field} and {@code management}).
     */
    public UserInfo createUser(String displayName, Role role, String... departmentCodes) {
        Set<Long> departments = Arrays.stream(departmentCodes).map(code -> department(code).id())
                .collect(Collectors.toSet());
        String username = unique("u");
        long id = kernel().services().require(UserAdministration.class).create(new UserAdministration.UserDraft(username,
                displayName, username + "@testkit.example", role, departments, true), "Testkit-" + UUID.randomUUID(),
                false, Actor.SYSTEM).id();
        return context().staff().user(id).orElseThrow();
    }

    /** The department with {@code code}. */
    public Department department(String code) {
        return context().staff().departmentByCode(code)
                .orElseThrow(() -> new IllegalArgumentException("No department " + code));
    }

    /**
     * A new department of its own, named {@code name} with a unique code: a test whose outcome depends on who is in
     * a department (round-robin, queues, figures) makes one, since the kernel's departments collect users of every test.
     */
    public Department createDepartment(String name) {
        long id = kernel().services().require(DepartmentDirectory.class)
                .create(unique("tk-").toLowerCase(java.util.Locale.ROOT), name, Actor.SYSTEM).id();
        return context().staff().department(id).orElseThrow();
    }

    /** {@code user} acts on this thread from now until {@link #signOut} or the end of the test (and in {@link KaribuUi}). */
    public void signIn(UserInfo user) {
        Actor actor = kernel().services().require(UserDirectory.class).actorOf(user.id())
                .orElseThrow(() -> new IllegalArgumentException(user.displayName() + " is not an active user"));
        RunningKernel.SIGNED_IN.set(actor);
        KaribuUi.signedIn(actor);
    }

    /** Nobody acts on this thread any more: the plugin's writes are refused, as on a thread it started itself. */
    public void signOut() {
        RunningKernel.SIGNED_IN.remove();
        KaribuUi.signedIn(null);
    }

    /** Runs {@code work} as {@code user}, then restores who acted before. */
    public <T> T callAs(UserInfo user, Supplier<T> work) {
        Actor before = RunningKernel.SIGNED_IN.get();
        signIn(user);
        try {
            return work.get();
        } finally {
            RunningKernel.SIGNED_IN.set(before);
            KaribuUi.signedIn(before);
        }
    }

    /** Runs {@code work} as the platform runs the plugin's listeners and public endpoints: as {@code plugin:<id>}. */
    public <T> T callAsPlugin(Supplier<T> work) {
        return kernel().host().callAsPlugin(pluginId(), work);
    }

    /** {@link #callAsPlugin} without a result. */
    public void runAsPlugin(Runnable work) {
        callAsPlugin(() -> {
            work.run();
            return null;
        });
    }

    // Kernel data

    /** Creates a customer through the SDK's customer editor, as the plugin's own identity. */
    public CustomerInfo createCustomer(NewCustomer customer) {
        return callAsPlugin(() -> context().customerEditor().create(customer));
    }

    /** A person with an email (may be null) and marketing consent or not; English, EUR, UTC. */
    public CustomerInfo createPerson(String firstName, String lastName, String email, boolean marketingConsent) {
        return createCustomer(new NewCustomer(CustomerKind.PERSON, firstName, lastName, null, LifecycleStage.CUSTOMER,
                null, "en", "EUR", "UTC", marketingConsent, email == null ? List.of() : List.of(email), List.of(),
                List.of(), Set.of(), null, List.of()));
    }

    /** An organisation with nothing but its name; English, EUR, UTC. */
    public CustomerInfo createOrganisation(String name) {
        return createCustomer(new NewCustomer(CustomerKind.ORGANISATION, null, null, name, LifecycleStage.CUSTOMER,
                null, "en", "EUR", "UTC", false, List.of(), List.of(), List.of(), Set.of(), null, List.of()));
    }

    /** A new active product of the kernel's catalogue in {@code family} at {@code price} EUR (cost 0). */
    public ProductInfo createProduct(String code, String name, String family, String price) {
        long id = kernel().services().require(ProductCatalog.class).create(new ProductDraft(code, name, family,
                new BigDecimal(price), BigDecimal.ZERO, "EUR", true), Actor.SYSTEM).id();
        return context().customers().products().stream().filter(product -> product.id() == id).findFirst().orElseThrow();
    }

    /** A new active product of the kernel's catalogue (price and cost 0 EUR); {@code code} must be unused. */
    public ProductInfo createProduct(String code, String name) {
        long id = kernel().services().require(ProductCatalog.class).create(new ProductDraft(code, name, "Test",
                BigDecimal.ZERO, BigDecimal.ZERO, "EUR", true), Actor.SYSTEM).id();
        return context().customers().products().stream().filter(product -> product.id() == id).findFirst().orElseThrow();
    }

    /** Records a transaction of the customer through the kernel's transaction service (with its event). */
    public void recordTransaction(long customerId, TransactionKind kind, String amount, String currency, Instant at) {
        recordTransaction(customerId, kind, amount, currency, null, at);
    }

    /** As {@link #recordTransaction(long, TransactionKind, String, String, Instant)}, of a product (null: none). */
    public void recordTransaction(long customerId, TransactionKind kind, String amount, String currency, Long productId,
                                  Instant at) {
        kernel().services().require(TransactionService.class).record(new TransactionDraft(customerId, kind,
                new BigDecimal(amount), currency, productId, at, "testkit", unique("t")), Actor.SYSTEM);
    }

    /** Deletes a customer as an administrator's "Delete" does: the kernel's data goes, {@code CustomerDeleted} follows. */
    public void deleteCustomer(long customerId) {
        kernel().services().require(CustomerRemoval.class).delete(customerId, Actor.SYSTEM);
    }

    /** Merges {@code mergedId} into {@code survivorId} as the kernel's merge does, with its {@code CustomerMerged}. */
    public void mergeCustomers(long survivorId, long mergedId) {
        kernel().services().require(CustomerMerger.class).merge(survivorId, mergedId, Actor.SYSTEM);
    }

    // Events and jobs

    /**
     * Publishes {@code event} as if the plugin {@code pluginId} had published it: how a test feeds the plugin under
     * test another plugin's events ({@code service.RequestOpened}) without that plugin. Declare a record with the
     * publisher's documented fields in the test and name it as the publisher does: an
     * {@link dev.rapport.sdk.extension.EventTypeListener} sees {@code <pluginId>.<record's simple name>}.
     */
    public void publishAs(String pluginId, PluginEvent event) {
        DSLContext dsl = kernel().services().require(Database.class).dsl();
        dsl.transaction(configuration ->
                kernel().services().require(EventOutbox.class).append(configuration.dsl(), event, pluginId));
        kernel().services().require(EventDispatcher.class).wake();
    }

    /**
     * Waits until every listener (the plugin's and everyone else's) has handled, or parked, every event committed
     * so far.
     *
     * @throws IllegalStateException after 30 s
     */
    public void awaitEvents() {
        recorded.awaitDelivery(PATIENCE);
    }

    /**
     * Starts the plugin's job {@code jobId} now, as an administrator's "Run now" does, and waits until it ended.
     *
     * @return the run as recorded: {@code SUCCEEDED}, {@code FAILED} (with its error) or {@code CANCELLED}
     */
    public JobRunInfo runJob(String jobId) {
        JobScheduler jobs = kernel().services().require(JobScheduler.class);
        long runId = jobs.startNow(pluginId(), jobId, "testkit");
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            JobRunInfo run = jobs.run(pluginId(), runId).orElseThrow();
            if (run.state().isFinished()) {
                return run;
            }
            Recorded.pause();
        }
        throw new IllegalStateException("The job " + jobId + " did not end within " + PATIENCE.toSeconds() + " s");
    }

    // Mail

    /**
     * Connects an active mailbox of the department with {@code departmentCode} to the test kit's SMTP server (one per
     * test JVM, started at the first call), unless the department has an active mailbox already. The mailbox stays
     * for the tests after: a test of what happens without one uses a department of its own ({@link #createDepartment}).
     */
    public void connectMailbox(String departmentCode) {
        Department department = department(departmentCode);
        TestMailServer.get().connect(kernel().services().require(MailAccountService.class), department.id(),
                department.code());
    }

    /**
     * Sends the mail queued so far now, as the kernel's job {@code mail-delivery} does every minute, waits until it
     * ended, and returns what the test kit's SMTP server received during the current test.
     *
     * @throws IllegalStateException when the job did not end within 30 s
     */
    public List<SentMail> deliverMail() {
        JobScheduler jobs = kernel().services().require(JobScheduler.class);
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Long runId = null;
        while (runId == null && System.nanoTime() < deadline) {
            try {
                runId = jobs.startNow(RapportPlatform.KERNEL, MailDeliveryJob.ID, "testkit");
            } catch (IllegalStateException running) {
                Recorded.pause();
            }
        }
        while (runId != null && System.nanoTime() < deadline) {
            if (jobs.run(RapportPlatform.KERNEL, runId).orElseThrow().state().isFinished()) {
                return sentMail();
            }
            Recorded.pause();
        }
        throw new IllegalStateException("The mail delivery did not end within " + PATIENCE.toSeconds() + " s");
    }

    /** What the test kit's SMTP server received during the current test, oldest first (empty before any mailbox). */
    public List<SentMail> sentMail() {
        return TestMailServer.started() ? TestMailServer.get().received() : List.of();
    }

    // The UI

    /**
     * A Karibu-Testing session per test, with the kernel's and the plugin's routes and the platform's services, as
     * views see them in production. Register it on an instance field:
     * {@code @RegisterExtension final KaribuUi ui = kernel.karibuUi();}
     */
    public KaribuUi karibuUi() {
        return new KaribuUi(this);
    }
}
