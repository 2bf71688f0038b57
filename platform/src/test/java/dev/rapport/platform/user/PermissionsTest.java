package dev.rapport.platform.user;

import static dev.rapport.platform.testing.Kernel.organisation;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditEntry;
import dev.rapport.platform.audit.AuditFilter;
import dev.rapport.platform.customer.ContactPerson;
import dev.rapport.platform.customer.ContactPersonDraft;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.customer.ProductDraft;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.platform.event.EventDispatcher;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.event.Leadership;
import dev.rapport.platform.event.RetryPolicy;
import dev.rapport.platform.persistence.LeaseStore;
import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.marketplace.PluginFilesForTests;
import dev.rapport.platform.plugin.ModuleAccess;
import dev.rapport.platform.plugin.PluginHost;
import dev.rapport.platform.plugin.PluginInstallException;
import dev.rapport.platform.task.TaskService;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestPluginHosts;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskStatus;
import java.time.Duration;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules of {@link Permissions}' Javadoc, one test each, through the real services: what a role may do
 * succeeds, what it may not is refused with {@link AccessDeniedException} and changes nothing.
 */
class PermissionsTest {

    private final Kernel kernel = new Kernel();
    private final Actor administrator = kernel.newActor(Role.ADMINISTRATOR);
    private final long sales = departmentId("sales");
    private final long service = departmentId("service");

    private long departmentId(String code) {
        return kernel.departments.findByCode(code).orElseThrow().id();
    }

    private static void assertDenied(ThrowingCallable action) {
        assertThatThrownBy(action).isInstanceOf(AccessDeniedException.class);
    }

    /** A person owned by {@code ownerId} (null: nobody), created by an administrator. */
    private Customer customerOwnedBy(Actor owner) {
        return kernel.customers.create(withOwner(person("Pat", unique("Perm")), owner), administrator);
    }

    private Customer organisationOwnedBy(Actor owner) {
        return kernel.customers.create(withOwner(organisation(unique("Perm Org ")), owner), administrator);
    }

    private static CustomerDraft withOwner(CustomerDraft draft, Actor owner) {
        return new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), draft.organisationName(),
                draft.stage(), owner == null ? null : owner.userId(), draft.preferredLanguage(), draft.currency(),
                draft.timeZone(), draft.marketingConsent(), draft.emails(), draft.phones(), draft.addresses(),
                draft.tags(), draft.notes());
    }

    private static CustomerDraft withNotes(Customer customer, String notes) {
        CustomerDraft draft = customer.details();
        return new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), draft.organisationName(),
                draft.stage(), draft.ownerId(), draft.preferredLanguage(), draft.currency(), draft.timeZone(),
                draft.marketingConsent(), draft.emails(), draft.phones(), draft.addresses(), draft.tags(), notes);
    }

    private Customer changeNotes(Customer customer, Actor actor) {
        return kernel.customers.update(customer.id(), customer.version(), withNotes(customer, "Changed by " + actor.displayName()), actor)
                .customer();
    }

    private static InteractionDraft call(Customer customer) {
        return new InteractionDraft(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "Called", null,
                Outcome.COMPLETED, Instant.now(), "kernel");
    }

    private static TransactionDraft purchase(Customer customer) {
        return new TransactionDraft(customer.id(), TransactionKind.PURCHASE, BigDecimal.TEN, "USD", null, Instant.now(),
                "kernel", null);
    }

    private static ContactPersonDraft contactPerson() {
        return new ContactPersonDraft("Chris", unique("Contact"), null, null, null);
    }

    private TaskInfo taskFor(Actor assignee) {
        return kernel.tasks.create(new NewTask(unique("Task "), null, null, null, null, assignee.userId(), null), "kernel",
                administrator);
    }

    private TaskInfo queuedIn(long departmentId) {
        return kernel.tasks.create(new NewTask(unique("Queued "), null, null, null, null, null, departmentId), "kernel",
                administrator);
    }

    private static TaskService.Completion done() {
        return new TaskService.Completion(null, null);
    }

    @Test
    void readOnlyUsersChangeNothing() {
        Actor reader = kernel.newActor(Role.READ_ONLY, "sales");
        Customer unowned = customerOwnedBy(null);
        String lastName = unique("ReadOnly");

        assertDenied(() -> kernel.customers.create(person("Rita", lastName), reader));
        assertDenied(() -> changeNotes(unowned, reader));
        assertDenied(() -> kernel.interactions.log(call(unowned), reader));
        assertDenied(() -> kernel.transactions.record(purchase(unowned), reader));
        assertDenied(() -> kernel.tasks.create(new NewTask("Call back", null, unowned.id(), null, null, null, sales),
                "kernel", reader));
        assertDenied(() -> kernel.tasks.complete(queuedIn(sales).id(), done(), reader));

        assertThat(kernel.customers.search(lastName, 5)).isEmpty();
        assertThat(kernel.customers.get(unowned.id()).version()).isEqualTo(unowned.version());
        assertThat(kernel.timeline.keyFigures(unowned.id()).interactionCount()).isZero();
        assertThat(kernel.transactions.history(unowned.id(), null, 5)).isEmpty();
        assertThat(kernel.tasks.openForCustomer(unowned.id(), null)).isEmpty();
    }

    @Test
    void agentsCreateCustomersForThemselvesOrNobodyButNeverForSomeoneElse() {
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        Actor colleague = kernel.newActor(Role.AGENT, "sales");

        assertThat(kernel.customers.create(withOwner(person("Own", unique("Agent")), agent), agent).details().ownerId())
                .isEqualTo(agent.userId());
        assertThat(kernel.customers.create(person("Nobody", unique("Agent")), agent).details().ownerId()).isNull();
        String lastName = unique("Colleague");
        assertDenied(() -> kernel.customers.create(withOwner(person("Other", lastName), colleague), agent));
        assertThat(kernel.customers.search(lastName, 5)).isEmpty();
    }

    @Test
    void agentsLogContactsAndRecordTransactionsWithAnyCustomerEvenOneOfAnotherDepartment() {
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        Customer othersCustomer = customerOwnedBy(kernel.newActor(Role.AGENT, "service"));

        kernel.interactions.log(call(othersCustomer), agent);
        kernel.transactions.record(purchase(othersCustomer), agent);

        assertThat(kernel.timeline.keyFigures(othersCustomer.id()).interactionCount()).isEqualTo(1);
        assertThat(kernel.transactions.history(othersCustomer.id(), null, 5)).hasSize(1);
    }

    @Test
    void agentsChangeTheCustomersTheyOwnOrNobodyOwnsButNotTheirColleagues() {
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        Actor colleague = kernel.newActor(Role.AGENT, "sales");
        Customer own = customerOwnedBy(agent);
        Customer unowned = customerOwnedBy(null);
        Customer colleagues = customerOwnedBy(colleague);
        Customer ownOrganisation = organisationOwnedBy(agent);
        Customer colleaguesOrganisation = organisationOwnedBy(colleague);
        ContactPerson colleaguesContact = kernel.customers.addContact(colleaguesOrganisation.id(), contactPerson(), colleague);

        assertThat(changeNotes(own, agent).version()).isGreaterThan(own.version());
        assertThat(changeNotes(unowned, agent).version()).isGreaterThan(unowned.version());
        ContactPerson added = kernel.customers.addContact(ownOrganisation.id(), contactPerson(), agent);
        kernel.customers.setContactActive(added.id(), false, agent);

        assertDenied(() -> changeNotes(colleagues, agent));
        assertDenied(() -> kernel.customers.addContact(colleaguesOrganisation.id(), contactPerson(), agent));
        assertDenied(() -> kernel.customers.setContactActive(colleaguesContact.id(), false, agent));
        assertDenied(() -> kernel.customers.update(own.id(), kernel.customers.get(own.id()).version(),
                withOwner(kernel.customers.get(own.id()).details(), colleague), agent));

        assertThat(kernel.customers.get(colleagues.id()).version()).isEqualTo(colleagues.version());
        assertThat(kernel.customers.contacts(colleaguesOrganisation.id())).extracting(ContactPerson::active)
                .containsExactly(true);
        assertThat(kernel.customers.get(own.id()).details().ownerId()).isEqualTo(agent.userId());
    }

    @Test
    void agentsWorkTheirOwnTasksAndTheirDepartmentsQueuesOnly() {
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        Actor colleague = kernel.newActor(Role.AGENT, "sales");
        TaskInfo own = taskFor(agent);
        TaskInfo ownToCancel = taskFor(agent);
        TaskInfo salesQueue = queuedIn(sales);
        TaskInfo anotherSalesQueue = queuedIn(sales);
        TaskInfo colleagues = taskFor(colleague);
        TaskInfo serviceQueue = queuedIn(service);

        assertThat(kernel.tasks.complete(own.id(), done(), agent).status()).isEqualTo(TaskStatus.DONE);
        assertThat(kernel.tasks.cancel(ownToCancel.id(), agent).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(kernel.tasks.assignTo(salesQueue.id(), agent.userId(), agent).assigneeUserId()).isEqualTo(agent.userId());

        assertDenied(() -> kernel.tasks.complete(colleagues.id(), done(), agent));
        assertDenied(() -> kernel.tasks.cancel(colleagues.id(), agent));
        assertDenied(() -> kernel.tasks.assignTo(colleagues.id(), agent.userId(), agent));
        assertDenied(() -> kernel.tasks.assignTo(serviceQueue.id(), agent.userId(), agent));
        assertDenied(() -> kernel.tasks.cancel(serviceQueue.id(), agent));
        assertDenied(() -> kernel.tasks.assignTo(anotherSalesQueue.id(), colleague.userId(), agent));

        assertThat(kernel.tasks.get(colleagues.id()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(kernel.tasks.get(serviceQueue.id()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(kernel.tasks.get(serviceQueue.id()).assigneeUserId()).isNull();
        assertThat(kernel.tasks.get(anotherSalesQueue.id()).assigneeUserId()).isNull();
    }

    @Test
    void managersChangeTheCustomersOfAnyoneInTheirDepartmentsButNotOfOtherDepartments() {
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        Actor salesAgent = kernel.newActor(Role.AGENT, "sales");
        Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
        Customer salesCustomer = customerOwnedBy(salesAgent);
        Customer unowned = customerOwnedBy(null);
        Customer serviceCustomer = customerOwnedBy(serviceAgent);
        Customer serviceOrganisation = organisationOwnedBy(serviceAgent);
        ContactPerson serviceContact = kernel.customers.addContact(serviceOrganisation.id(), contactPerson(), serviceAgent);

        assertThat(changeNotes(salesCustomer, manager).version()).isGreaterThan(salesCustomer.version());
        Customer handedOn = kernel.customers.update(unowned.id(), unowned.version(),
                withOwner(unowned.details(), salesAgent), manager).customer();
        assertThat(handedOn.details().ownerId()).isEqualTo(salesAgent.userId());
        kernel.customers.addContact(organisationOwnedBy(salesAgent).id(), contactPerson(), manager);

        assertDenied(() -> changeNotes(serviceCustomer, manager));
        assertDenied(() -> kernel.customers.setContactActive(serviceContact.id(), false, manager));
        Customer current = kernel.customers.get(salesCustomer.id());
        assertDenied(() -> kernel.customers.update(current.id(), current.version(),
                withOwner(current.details(), serviceAgent), manager));

        assertThat(kernel.customers.get(serviceCustomer.id()).version()).isEqualTo(serviceCustomer.version());
        assertThat(kernel.customers.get(salesCustomer.id()).details().ownerId()).isEqualTo(salesAgent.userId());
    }

    @Test
    void managersAndAdministratorsManageTheProductCatalogueAgentsDoNot() {
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        String agentsCode = unique("AGENT-");

        assertThat(kernel.products.create(product(unique("MGR-")), manager).id()).isPositive();
        assertThat(kernel.products.create(product(unique("ADM-")), administrator).id()).isPositive();
        assertDenied(() -> kernel.products.create(product(agentsCode), agent));
        assertThat(kernel.products.findByCode(agentsCode)).isEmpty();
    }

    private static ProductDraft product(String code) {
        return new ProductDraft(code, "Service plan", "Plans", BigDecimal.TEN, BigDecimal.ONE, "USD", true);
    }

    @Test
    void managersWorkEveryTaskOfTheirDepartmentsButNotOfOtherDepartments() {
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        Actor salesAgent = kernel.newActor(Role.AGENT, "sales");
        Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
        TaskInfo agentsTask = taskFor(salesAgent);
        TaskInfo queued = queuedIn(sales);
        TaskInfo toHandOn = queuedIn(sales);
        TaskInfo serviceTask = taskFor(serviceAgent);
        TaskInfo serviceQueue = queuedIn(service);

        assertThat(kernel.tasks.complete(agentsTask.id(), done(), manager).status()).isEqualTo(TaskStatus.DONE);
        assertThat(kernel.tasks.cancel(queued.id(), manager).status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(kernel.tasks.assignTo(toHandOn.id(), salesAgent.userId(), manager).assigneeUserId())
                .isEqualTo(salesAgent.userId());

        assertDenied(() -> kernel.tasks.complete(serviceTask.id(), done(), manager));
        assertDenied(() -> kernel.tasks.assignTo(serviceQueue.id(), salesAgent.userId(), manager));
        assertThat(kernel.tasks.get(serviceTask.id()).status()).isEqualTo(TaskStatus.OPEN);
        assertThat(kernel.tasks.get(serviceQueue.id()).assigneeUserId()).isNull();
    }

    @Test
    void administratorsMayDoEverythingWithoutBelongingToADepartment() {
        Actor serviceAgent = kernel.newActor(Role.AGENT, "service");
        Customer serviceCustomer = customerOwnedBy(serviceAgent);
        TaskInfo serviceTask = taskFor(serviceAgent);
        TaskInfo serviceQueue = queuedIn(service);

        assertThat(administrator.departmentIds()).isEmpty();
        assertThat(changeNotes(serviceCustomer, administrator).version()).isGreaterThan(serviceCustomer.version());
        assertThat(kernel.tasks.complete(serviceTask.id(), done(), administrator).status()).isEqualTo(TaskStatus.DONE);
        assertThat(kernel.tasks.assignTo(serviceQueue.id(), serviceAgent.userId(), administrator).assigneeUserId())
                .isEqualTo(serviceAgent.userId());
    }

    @Test
    void onlyAdministratorsManageUsers() {
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        User agent = kernel.newUser(Role.AGENT, "sales");
        String username = unique("newuser");
        UserAdministration.UserDraft draft = new UserAdministration.UserDraft(username, "New User", null, Role.AGENT,
                Set.of(sales), true);
        UserAdministration.UserDraft promoted = new UserAdministration.UserDraft(agent.username(), agent.displayName(),
                agent.email(), Role.ADMINISTRATOR, agent.departmentIds(), true);

        assertDenied(() -> kernel.userAdministration.create(draft, "a long enough password", false, manager));
        assertDenied(() -> kernel.userAdministration.update(agent.id(), agent.version(), promoted, manager));
        assertDenied(() -> kernel.userAdministration.resetPassword(agent.id(), manager));
        assertThat(kernel.users.findByUsername(username)).isEmpty();
        assertThat(kernel.users.find(agent.id()).orElseThrow().role()).isEqualTo(Role.AGENT);

        assertThat(kernel.userAdministration.create(draft, "a long enough password", false, administrator).role())
                .isEqualTo(Role.AGENT);
    }

    @Test
    void onlyAdministratorsManageDepartments() {
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        String code = unique("dep-");

        assertDenied(() -> kernel.departments.create(code, "Partners", manager));
        assertDenied(() -> kernel.departments.rename(sales, "Renamed by a manager", manager));
        assertThat(kernel.departments.findByCode(code)).isEmpty();
        assertThat(kernel.departments.find(sales).orElseThrow().name()).isEqualTo("Sales");

        assertThat(kernel.departments.create(code, "Partners", administrator).code()).isEqualTo(code);
    }

    @Test
    void onlyAdministratorsChooseTheDepartmentsThatUseAPlugin() {
        ModuleAccess modules = new ModuleAccess(kernel.dsl, kernel.audit);
        String plugin = unique("plugin-");
        Actor manager = kernel.newActor(Role.MANAGER, "sales");

        assertDenied(() -> modules.setDepartments(plugin, Set.of(sales), manager));
        assertThat(modules.departmentsOf(plugin)).isEmpty();

        modules.setDepartments(plugin, Set.of(service), administrator);
        assertThat(modules.departmentsOf(plugin)).containsExactly(service);
    }

    @Test
    void onlyAdministratorsReadTheAuditLog() {
        Actor manager = kernel.newActor(Role.MANAGER, "management");
        Customer customer = customerOwnedBy(null);
        AuditFilter ofCustomer = new AuditFilter(null, null, null, null, "customer", String.valueOf(customer.id()));

        assertDenied(() -> kernel.audit.search(ofCustomer, null, 10, manager));
        assertThat(kernel.audit.search(ofCustomer, null, 10, administrator)).extracting(AuditEntry::action)
                .containsExactly(AuditAction.CUSTOMER_CREATED);
    }

    @Test
    void onlyAdministratorsReplayOrDiscardParkedEvents() {
        EventDispatcher dispatcher = new EventDispatcher(kernel.dsl, new LeaseStore(kernel.dsl, kernel.clock),
                new Leadership("test-node", Duration.ofSeconds(10), Duration.ofSeconds(2)), new EventTypes(), kernel.outbox,
                kernel.clock, RetryPolicy.DEFAULT, (owner, what, error) -> { }, kernel.audit);
        Actor manager = kernel.newActor(Role.MANAGER, "management");
        long eventId = Long.MAX_VALUE - kernel.clock.millis();

        assertDenied(() -> dispatcher.replay("some-listener", eventId, manager));
        assertDenied(() -> dispatcher.discard("some-listener", eventId, manager));
        assertThat(auditOfEvent(eventId)).isEmpty();

        dispatcher.replay("some-listener", eventId, administrator);
        assertThat(auditOfEvent(eventId)).extracting(AuditEntry::action).containsExactly(AuditAction.EVENT_REPLAYED);
    }

    private java.util.List<AuditEntry> auditOfEvent(long eventId) {
        return kernel.audit.search(new AuditFilter(null, null, null, null, "event", String.valueOf(eventId)), null, 10,
                administrator);
    }

    @Test
    void onlyAdministratorsEnableDisableOrReloadPlugins(@TempDir Path plugins) {
        Actor manager = kernel.newActor(Role.MANAGER, "management");
        try (PluginHost host = TestPluginHosts.create(kernel, plugins)) {
            assertDenied(() -> host.enable("account-notes", manager));
            assertDenied(() -> host.disable("account-notes", manager));
            assertDenied(() -> host.reload("account-notes", manager));
            // An administrator passes the permission check and learns that the folder holds no such plugin.
            assertThatThrownBy(() -> host.disable("account-notes", administrator))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no plugin account-notes");
        }
    }

    @Test
    void onlyAdministratorsInstallUpdateOrUninstallPlugins(@TempDir Path plugins, @TempDir Path builds) throws IOException {
        Path file = PluginFilesForTests.zip(builds, "perm-plugin", "Permission test", "1.0.0", ">=1.0.0", "");
        try (PluginHost host = TestPluginHosts.create(kernel, plugins)) {
            for (Role role : List.of(Role.MANAGER, Role.AGENT, Role.READ_ONLY)) {
                Actor actor = kernel.newActor(role, "management");
                assertDenied(() -> host.install(file, "perm-plugin-1.0.0.zip", actor));
                assertDenied(() -> host.update("perm-plugin", file, "perm-plugin-1.0.0.zip", actor));
                assertDenied(() -> host.uninstall("perm-plugin", true, actor));
                try (Stream<Path> files = Files.list(plugins)) {
                    assertThat(files.toList()).as("the plugins folder after a %s's attempts", role).isEmpty();
                }
                assertThat(host.installedVersion("perm-plugin")).isEmpty();
            }
            // An administrator passes the permission check; this plugin then fails to start (its class is missing)
            // and leaves nothing behind.
            assertThatThrownBy(() -> host.install(file, "perm-plugin-1.0.0.zip", administrator))
                    .isInstanceOf(PluginInstallException.class).hasMessageContaining(PluginFilesForTests.MISSING_CLASS);
        }
    }
}
