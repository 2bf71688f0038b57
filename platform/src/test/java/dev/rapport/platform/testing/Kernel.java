package dev.rapport.platform.testing;

import dev.rapport.platform.customer.ContactLabel;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.sdk.customer.CustomerKind;
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
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.user.DepartmentDirectory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
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

    public Kernel() {
        this(Clock.systemUTC());
    }

    public Kernel(Clock clock) {
        this.clock = clock;
        this.outbox = new EventOutbox(clock);
        this.users = new UserDirectory(dsl, clock);
        this.departments = new DepartmentDirectory(dsl);
        this.customers = new CustomerService(dsl, clock, new CustomerValidator("US"), users, outbox);
        this.imports = new CustomerImportService(customers, users);
        this.products = new ProductCatalog(dsl, clock);
        this.transactions = new TransactionService(dsl, clock, customers, outbox);
        this.interactions = new InteractionService(dsl, clock, customers, outbox);
        this.timeline = new TimelineService(dsl, clock);
        this.tasks = new TaskService(dsl, clock, interactions, outbox);
    }

    /** A text unique to one test, to keep its rows apart from other tests' in the shared database. */
    public static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public User newUser() {
        String name = unique("user");
        return users.create(name, "User " + name, name + "@rapport.example");
    }

    public Actor newActor() {
        return Actor.of(newUser());
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
