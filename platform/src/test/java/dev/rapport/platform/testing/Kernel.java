package dev.rapport.platform.testing;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.platform.customer.CustomerExport;
import dev.rapport.platform.customer.CustomerMerger;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerValidator;
import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.EmailAddress;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.platform.customer.PhoneNumber;
import dev.rapport.platform.customer.PostalAddress;
import dev.rapport.platform.customer.ProductCatalog;
import dev.rapport.platform.customer.TransactionService;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.interaction.TimelineService;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.USER_DEPARTMENT;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.user.PasswordHasher;
import dev.rapport.platform.user.UserAdministration;
import dev.rapport.sdk.security.Role;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.i18n.BundleI18NProvider;
import dev.rapport.platform.plugin.KernelServices;
import dev.rapport.platform.plugin.PluginHealth;
import dev.rapport.platform.segment.SegmentFacetRegistry;
import dev.rapport.platform.segment.SegmentService;
import dev.rapport.platform.user.DepartmentDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** The kernel's services wired against the shared test database, plus builders for test data. */
public final class Kernel {

    public final DSLContext dsl = TestDatabase.get().dsl();
    public final Clock clock;
    public final UserDirectory users;
    public final CustomerService customers;
    public final CustomerImportService imports;
    public final ProductCatalog products;
    public final TransactionService transactions;
    public final InteractionService interactions;
    public final TimelineService timeline;
    public final EventOutbox outbox;
    public final DepartmentDirectory departments;
    public final TaskService tasks;
    public final AuditLog audit;
    public final PasswordHasher hasher = new PasswordHasher();
    public final UserAdministration userAdministration;
    public final CustomerMerger merger;
    public final CustomerExport export;
    public final ExchangeRateService exchangeRates;
    public final SegmentService segments;
    public final dev.rapport.platform.calendar.AppointmentService appointments;
    public final dev.rapport.platform.calendar.CalendarService calendar;
    public final dev.rapport.platform.calendar.CalendarFeeds calendarFeeds;
    public final dev.rapport.platform.document.DocumentService documents;
    public final dev.rapport.platform.document.CustomerDocuments customerDocuments;

    public Kernel() {
        this(Clock.systemUTC());
    }

    public Kernel(Clock clock) {
        this.clock = clock;
        this.outbox = new EventOutbox(clock);
        this.audit = new AuditLog(dsl, clock);
        this.users = new UserDirectory(dsl);
        this.departments = new DepartmentDirectory(dsl, clock, audit);
        this.userAdministration = new UserAdministration(dsl, clock, users, departments, hasher, audit);
        this.customers = new CustomerService(dsl, clock, new CustomerValidator("US"), users, outbox, audit);
        this.imports = new CustomerImportService(customers, users, audit);
        this.products = new ProductCatalog(dsl, clock);
        this.transactions = new TransactionService(dsl, clock, customers, outbox);
        this.interactions = new InteractionService(dsl, clock, customers, outbox);
        this.timeline = new TimelineService(dsl, clock);
        this.tasks = new TaskService(dsl, clock, interactions, outbox, users);
        this.merger = new CustomerMerger(dsl, clock, customers, outbox, audit);
        this.export = new CustomerExport(dsl, customers, users, audit);
        this.exchangeRates = new ExchangeRateService(dsl, clock, audit);
        this.segments = new SegmentService(dsl, clock, customers, new SegmentFacetRegistry(new PluginHealth()), audit);
        this.appointments = new dev.rapport.platform.calendar.AppointmentService(dsl, clock, users, audit);
        this.calendar = new dev.rapport.platform.calendar.CalendarService(dsl, tasks, appointments, audit);
        this.calendarFeeds = new dev.rapport.platform.calendar.CalendarFeeds(dsl, clock, audit);
        this.documents = new dev.rapport.platform.document.DocumentService(dsl, clock, new dev.rapport.platform.document.DocumentStore(
                TestDatabase.documentsFolder()), audit, 64 * 1024);
        this.customerDocuments = new dev.rapport.platform.document.CustomerDocuments(documents, customers);
    }

    /** A text unique to one test, to keep its rows apart from other tests' in the shared database. */
    /** The kernel services a plugin's context is made of, with {@code sessionUser} as the browser request's user. */
    public KernelServices pluginServices(Supplier<Optional<Actor>> sessionUser, boolean demoData) {
        return KernelServices.builder(dsl, clock).customers(customers, products, transactions)
                .interactions(interactions, tasks, outbox).people(users, departments)
                .translations(new BundleI18NProvider()).sessionUser(sessionUser).demoData(demoData)
                .money(exchangeRates.converter()).segments(segments).documents(documents).build();
    }

    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** A new administrator (no password: tests act as them directly). */
    public User newUser() {
        return newUser(Role.ADMINISTRATOR);
    }

    /**
     * A new user with {@code role} in the departments with {@code departmentCodes}, written directly (no
     * password hash: hashing costs tens of milliseconds and these users never sign in).
     */
    public User newUser(Role role, String... departmentCodes) {
        String name = unique("user");
        long id = dsl.insertInto(APP_USER).set(APP_USER.USERNAME, name).set(APP_USER.DISPLAY_NAME, "User " + name)
                .set(APP_USER.EMAIL, name + "@rapport.example").set(APP_USER.ROLE, role.name())
                .set(APP_USER.ACTIVE, true).set(APP_USER.CREATED_AT, clock.instant())
                .returningResult(APP_USER.ID).fetchSingle().value1();
        for (String code : departmentCodes) {
            dsl.insertInto(USER_DEPARTMENT).set(USER_DEPARTMENT.USER_ID, id)
                    .set(USER_DEPARTMENT.DEPARTMENT_ID, departments.findByCode(code).orElseThrow().id()).execute();
        }
        return users.find(id).orElseThrow();
    }

    /** An administrator acting. */
    public Actor newActor() {
        return Actor.of(newUser());
    }

    public Actor newActor(Role role, String... departmentCodes) {
        return Actor.of(newUser(role, departmentCodes));
    }

    /** A valid person: Jane {@code lastName}, with an email, a US phone and an address. */
    public static CustomerDraft person(String firstName, String lastName) {
        return new CustomerDraft(CustomerKind.PERSON, firstName, lastName, null, LifecycleStage.CUSTOMER, null, "en-US",
                "USD", "America/New_York", true,
                List.of(new EmailAddress(ContactLabel.WORK, (firstName + "." + lastName + "@example.com").toLowerCase())),
                List.of(new PhoneNumber(ContactLabel.MOBILE, "+1 201-555-0123")),
                List.of(new PostalAddress(ContactLabel.HOME, "1 Main Street", "10001", "New York", "NY", "US")),
                Set.of("vip"), "Met at the fair.");
    }

    public static CustomerDraft organisation(String name) {
        return new CustomerDraft(CustomerKind.ORGANISATION, null, null, name, LifecycleStage.PROSPECT, null, "de",
                "EUR", "Europe/Berlin", false, List.of(), List.of(),
                List.of(new PostalAddress(ContactLabel.WORK, "Hauptstraße 1", "10115", "Berlin", null, "DE")), Set.of(), null);
    }
}
