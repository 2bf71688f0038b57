package dev.rapport.platform.plugin;

import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerDraft;
import dev.rapport.platform.internal.db.Tables;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewAddress;
import dev.rapport.sdk.customer.NewContact;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.NewTransaction;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.InteractionInfo;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.task.NewTask;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.sdk.task.TaskPriority;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The SDK 1.2 writes a plugin makes through its context: customers created and extended through the kernel's
 * customer service (its rules, events and audit), interactions recorded for another user, tasks, and all of them
 * joining the plugin's own transaction, so that a refused step leaves nothing behind.
 */
class SdkWritesTest {

    private final Kernel kernel = new Kernel();
    private final AtomicReference<Actor> acting = new AtomicReference<>(Actor.SYSTEM);
    private final KernelPluginContext context = new KernelPluginContext("acquisition", kernel.pluginServices(() -> java.util.Optional.ofNullable(acting.get()), false));

    private static NewCustomer organisation(String name, List<NewContact> contacts) {
        return new NewCustomer(CustomerKind.ORGANISATION, null, null, name, LifecycleStage.CUSTOMER, null, "de-CH", "CHF",
                "Europe/Zurich", true, List.of("info@" + name.toLowerCase() + ".example"), List.of("044 668 18 00"),
                List.of(new NewAddress("Bahnhofstrasse 1", "8001", "Zürich", null, "CH")), Set.of("fair"), "From a lead",
                contacts);
    }

    @Test
    void createsACustomerWithContactsThroughTheKernelWithEventAndAudit() {
        String name = unique("Org");
        CustomerInfo created = context.customerEditor().create(organisation(name,
                List.of(new NewContact("Anna", "Muster", "CFO", "anna@example.com", "+41 79 123 45 67"))));

        assertThat(created.displayName()).isEqualTo(name);
        assertThat(created.primaryPhone()).isEqualTo("+41 44 668 18 00");
        assertThat(context.customers().contacts(created.id())).singleElement()
                .satisfies(contact -> assertThat(contact.email()).isEqualTo("anna@example.com"));
        assertThat(kernel.dsl.fetchExists(Tables.DOMAIN_EVENT, Tables.DOMAIN_EVENT.CUSTOMER_ID.eq(created.id())
                .and(Tables.DOMAIN_EVENT.EVENT_TYPE.endsWith("CustomerCreated")))).isTrue();
        assertThat(kernel.dsl.fetchExists(Tables.AUDIT_ENTRY, Tables.AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(created.id()))
                .and(Tables.AUDIT_ENTRY.ACTION.eq("CUSTOMER_CREATED")))).isTrue();
    }

    @Test
    void reportsEveryProblemOfANewCustomerWithContactFieldsNamed() {
        NewCustomer bad = new NewCustomer(CustomerKind.ORGANISATION, null, null, " ", LifecycleStage.CUSTOMER, null, "en",
                "EURO", "UTC", false, List.of("not-an-email"), List.of(), List.of(), Set.of(), null,
                List.of(new NewContact("", "Muster", null, "bad@", null)));

        assertThatThrownBy(() -> context.customerEditor().create(bad)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).contains("organisationName", "currency",
                        "emails[0]", "contacts[0].firstName", "contacts[0].email"));
    }

    @Test
    void writesJoiningThePluginsTransactionAreRolledBackWithIt() {
        String name = unique("Rollback");
        long assignee = kernel.newUser().id();
        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> {
            CustomerInfo customer = context.customerEditor().create(tx.dsl(), organisation(name, List.of()));
            InteractionInfo logged = context.interactions().append(tx.dsl(), new NewInteraction(customer.id(), null,
                    Channel.WEB, Direction.INBOUND, "Web form", null, Outcome.COMPLETED, Instant.now()));
            TaskInfo task = context.tasks().create(tx.dsl(), new NewTask("Welcome " + name, null, customer.id(), null,
                    TaskPriority.NORMAL, assignee, null));
            assertThat(logged.customerId()).isEqualTo(customer.id());
            assertThat(task.customerId()).isEqualTo(customer.id());
            throw new IllegalStateException("the plugin's own step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(context.customers().search(name, 5)).isEmpty();
        assertThat(kernel.dsl.fetchExists(Tables.TASK, Tables.TASK.TITLE.eq("Welcome " + name))).isFalse();
    }

    @Test
    void aRefundRecordedInThePluginsTransactionIsStoredOnceAndRolledBackWithIt() {
        Customer customer = kernel.customers.create(Kernel.person("Rita", unique("Refund")), Actor.SYSTEM);
        Instant at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
        NewTransaction refund = new NewTransaction(customer.id(), TransactionKind.REFUND, new BigDecimal("129.90"), "EUR",
                null, at, "rma-7");

        TransactionInfo first = kernel.dsl.transactionResult(tx -> context.customerEditor().recordTransaction(tx.dsl(), refund));
        TransactionInfo again = kernel.dsl.transactionResult(tx -> context.customerEditor().recordTransaction(tx.dsl(), refund));

        assertThat(first.sourceSystem()).isEqualTo("plugin:acquisition");
        assertThat(again.id()).as("the same reference stores once").isEqualTo(first.id());
        assertThat(context.customers().transactions(customer.id(), null, 10)).singleElement()
                .satisfies(stored -> assertThat(stored.amount()).isEqualByComparingTo("129.90"));
        assertThat(kernel.dsl.fetchExists(Tables.DOMAIN_EVENT, Tables.DOMAIN_EVENT.CUSTOMER_ID.eq(customer.id())
                .and(Tables.DOMAIN_EVENT.EVENT_TYPE.endsWith("TransactionRecorded")))).isTrue();

        NewTransaction other = new NewTransaction(customer.id(), TransactionKind.REFUND, BigDecimal.TEN, "EUR", null, at,
                "rma-8");
        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> {
            context.customerEditor().recordTransaction(tx.dsl(), other);
            throw new IllegalStateException("the plugin's own step failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(context.customers().transactions(customer.id(), null, 10)).hasSize(1);
        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> context.customerEditor().recordTransaction(tx.dsl(),
                new NewTransaction(customer.id(), TransactionKind.REFUND, BigDecimal.ONE, "EURO", null, at, null))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).contains("currency"));
    }

    @Test
    void interactionsCarriedOverKeepWhoRecordedThemOrNobody() {
        Customer customer = kernel.customers.create(Kernel.person("Carl", unique("Carry")), Actor.SYSTEM);
        User agent = kernel.newUser(Role.AGENT, "sales");
        Instant earlier = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);

        kernel.dsl.transaction(tx -> {
            context.interactions().appendRecordedBy(tx.dsl(), new NewInteraction(customer.id(), null, Channel.PHONE,
                    Direction.OUTBOUND, "Call as a lead", null, Outcome.COMPLETED, earlier), agent.id());
            context.interactions().appendRecordedBy(tx.dsl(), new NewInteraction(customer.id(), null, Channel.WEB,
                    Direction.INBOUND, "Web form", null, Outcome.COMPLETED, earlier.minusSeconds(60)), null);
        });

        assertThat(context.interactions().recent(customer.id(), 10)).extracting(InteractionInfo::subject,
                InteractionInfo::recordedBy, InteractionInfo::occurredAt, InteractionInfo::source).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Call as a lead", agent.id(), earlier, "acquisition"),
                org.assertj.core.groups.Tuple.tuple("Web form", null, earlier.minusSeconds(60), "acquisition"));
        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> context.interactions().appendRecordedBy(tx.dsl(),
                new NewInteraction(customer.id(), null, Channel.WEB, Direction.INBOUND, "x", null, Outcome.COMPLETED,
                        Instant.now()), Long.MAX_VALUE - 3)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void addsOnlyTheContactDetailsACustomerLacks() {
        Customer customer = kernel.customers.create(Kernel.person("Dana", unique("Extend")), Actor.SYSTEM);
        String known = customer.details().emails().getFirst().address().toUpperCase();

        CustomerInfo extended = context.customerEditor().addContactDetails(customer.id(), new ContactDetails(
                List.of(known, "dana.second@example.com"), List.of("+1 201-555-0123", "+1 201-555-0199"), Set.of("lead"),
                null));

        Customer stored = kernel.customers.get(customer.id());
        assertThat(stored.details().emails()).hasSize(2);
        assertThat(stored.details().phones()).hasSize(2);
        assertThat(extended.tags()).contains("lead", "vip");
        assertThat(stored.version()).isEqualTo(customer.version() + 1);

        context.customerEditor().addContactDetails(customer.id(), new ContactDetails(List.of("dana.second@example.com"),
                List.of(), Set.of(), null));
        assertThat(kernel.customers.get(customer.id()).version()).as("nothing new, nothing saved").isEqualTo(stored.version());
    }

    @Test
    void theKernelsPermissionRulesApplyToPluginWrites() {
        User owner = kernel.newUser(Role.AGENT, "sales");
        CustomerDraft owned = withOwner(Kernel.person("Eve", unique("Owned")), owner.id());
        Customer customer = kernel.customers.create(owned, Actor.SYSTEM);
        acting.set(kernel.newActor(Role.READ_ONLY, "sales"));
        assertThatThrownBy(() -> context.customerEditor().create(organisation(unique("Denied"), List.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> context.interactions().append(tx.dsl(), new NewInteraction(
                customer.id(), null, Channel.WEB, Direction.INBOUND, "x", null, Outcome.COMPLETED, Instant.now()))))
                .isInstanceOf(AccessDeniedException.class);

        acting.set(kernel.newActor(Role.AGENT, "sales"));
        assertThatThrownBy(() -> context.customerEditor().addContactDetails(customer.id(),
                new ContactDetails(List.of("other@example.com"), List.of(), Set.of(), null)))
                .as("another agent's customer").isInstanceOf(AccessDeniedException.class);
        assertThat(context.customerEditor().setMarketingConsent(customer.id(), false).marketingConsent())
                .as("anyone who logs contacts may withdraw consent").isFalse();
        assertThatThrownBy(() -> context.customerEditor().setMarketingConsent(customer.id(), true))
                .as("but granting it needs the right to change the customer").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdministratorOrThePluginItselfMayAttributeAnInteractionToAnotherUser() {
        Customer customer = kernel.customers.create(Kernel.person("Fay", unique("Attribute")), Actor.SYSTEM);
        User colleague = kernel.newUser(Role.AGENT, "sales");
        Actor agent = kernel.newActor(Role.AGENT, "sales");
        NewInteraction call = new NewInteraction(customer.id(), null, Channel.PHONE, Direction.OUTBOUND, "Call", null,
                Outcome.COMPLETED, Instant.now());
        acting.set(agent);

        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> context.interactions().appendRecordedBy(tx.dsl(), call,
                colleague.id()))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining(agent.displayName() + " (AGENT) may not record an interaction in another user's name")
                .hasMessageContaining("only an administrator, or plugin acquisition itself");
        kernel.dsl.transaction(tx -> {
            context.interactions().appendRecordedBy(tx.dsl(), call, agent.userId());
            context.interactions().appendRecordedBy(tx.dsl(), call, null);
        });

        acting.set(kernel.newActor(Role.ADMINISTRATOR));
        kernel.dsl.transaction(tx -> context.interactions().appendRecordedBy(tx.dsl(), call, colleague.id()));
        acting.set(null);
        PluginActor.runAs("acquisition", () -> kernel.dsl.transaction(tx -> context.interactions().appendRecordedBy(
                tx.dsl(), call, colleague.id())));

        assertThat(context.interactions().recent(customer.id(), 10)).extracting(InteractionInfo::recordedBy)
                .containsExactlyInAnyOrder(agent.userId(), null, colleague.id(), colleague.id());
    }

    @Test
    void outsideARequestAndAPlatformCallNobodyActsAndEveryWriteIsRefused() {
        Customer customer = kernel.customers.create(Kernel.person("Gil", unique("Nobody")), Actor.SYSTEM);
        acting.set(null);

        assertThatThrownBy(() -> context.customerEditor().create(organisation(unique("Nobody"), List.of())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Plugin acquisition may not create customers here")
                .hasMessageContaining("nobody acts");
        assertThatThrownBy(() -> context.interactions().append(new NewInteraction(customer.id(), null, Channel.WEB,
                Direction.INBOUND, "x", null, Outcome.COMPLETED, Instant.now()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.tasks().create(new NewTask("Nobody's task", null, customer.id(), null,
                TaskPriority.NORMAL, null, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.security().requireRole(Role.READ_ONLY, "read"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(context.security().hasRole(Role.READ_ONLY)).isFalse();
        assertThat(context.security().currentUser()).isEmpty();
    }

    @Test
    void inACallOfThePlatformThePluginActsAsItsSystemIdentityAndTheAuditLogNamesIt() {
        acting.set(null);

        CustomerInfo created = PluginActor.callAs("acquisition",
                () -> context.customerEditor().create(organisation(unique("Imported"), List.of())));

        assertThat(kernel.dsl.select(Tables.AUDIT_ENTRY.ACTOR_NAME, Tables.AUDIT_ENTRY.ACTOR_ID).from(Tables.AUDIT_ENTRY)
                .where(Tables.AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(created.id())))
                .and(Tables.AUDIT_ENTRY.ACTION.eq("CUSTOMER_CREATED")).fetchSingle())
                .satisfies(entry -> {
                    assertThat(entry.value1()).isEqualTo("plugin:acquisition");
                    assertThat(entry.value2()).isNull();
                });
        assertThat(context.security().currentUser()).as("no longer bound after the call").isEmpty();
        assertThatThrownBy(() -> context.customerEditor().create(organisation(unique("After"), List.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static CustomerDraft withOwner(CustomerDraft draft, long ownerId) {
        return new CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(), draft.organisationName(), draft.stage(),
                ownerId, draft.preferredLanguage(), draft.currency(), draft.timeZone(), draft.marketingConsent(),
                draft.emails(), draft.phones(), draft.addresses(), draft.tags(), draft.notes());
    }
}
