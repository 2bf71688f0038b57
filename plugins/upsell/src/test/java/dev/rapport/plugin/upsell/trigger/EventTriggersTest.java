package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.sdk.customer.ContactDetails;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.PluginEvent;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.NewInteraction;
import dev.rapport.sdk.interaction.Outcome;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rules on events other than transactions, against the real kernel: a branch visit logged as an interaction gives
 * the owner a task (a phone call does not), a tag added to the customer's record fires a rule on that field, a rule
 * with a transaction's condition on another event or without its event's condition is refused on the field, and
 * such a rule cannot be tested against the transactions. A rule on another plugin's event fires without that plugin,
 * on the events published after the rule was saved and until it is switched off.
 */
class EventTriggersTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final RuleService rules = kernel.service(RuleService.class);
    private UserInfo owner;
    private CustomerInfo customer;

    @BeforeEach
    void aCustomerWithAnOwnerAndNoRules() {
        kernel.runAsPlugin(() -> kernel.dsl().deleteFrom(UPS_RULE).execute());
        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        owner = kernel.createUser(Role.AGENT, "sales");
        customer = kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Ivo", kernel.unique("Visitor"), null,
                LifecycleStage.CUSTOMER, owner.id(), "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                Set.of(), null, List.of()));
    }

    private static RuleDraft taskRule(String name, EventCondition on) {
        return new RuleDraft(name, true, null, null, "EUR", null, null, RuleAction.TASK, null, 1, "Offer the premium account",
                null, null, 30, on);
    }

    private List<TaskInfo> tasksOfCustomer() {
        return kernel.recorded().tasks().stream().filter(task -> customer.id() == task.customerId()).toList();
    }

    @Test
    void aBranchVisitGivesTheOwnerATaskAndAPhoneCallDoesNot() {
        rules.save(null, 0, taskRule("Branch visit", new EventCondition(TriggerEvent.INTERACTION, Channel.STORE, null, null)));

        kernel.context().interactions().append(new NewInteraction(customer.id(), null, Channel.PHONE, Direction.INBOUND,
                "Balance question", null, Outcome.COMPLETED, Instant.now()));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).isEmpty();

        kernel.context().interactions().append(new NewInteraction(customer.id(), null, Channel.STORE, Direction.INBOUND,
                "At the branch", null, Outcome.COMPLETED, Instant.now()));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).singleElement().satisfies(task -> {
            assertThat(task.assigneeUserId()).isEqualTo(owner.id());
            assertThat(task.title()).startsWith("Branch visit");
        });
    }

    @Test
    void aChangeOfTheWatchedFieldFiresTheRuleAndAnotherFieldDoesNot() {
        rules.save(null, 0, taskRule("Tagged VIP", new EventCondition(TriggerEvent.CUSTOMER_UPDATED, null, "tags", null)));

        kernel.context().customerEditor().addContactDetails(customer.id(),
                new ContactDetails(List.of(kernel.unique("ivo") + "@example.com"), null, null, null));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).isEmpty();

        kernel.context().customerEditor().addContactDetails(customer.id(), new ContactDetails(null, null, Set.of("vip"), null));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).singleElement().satisfies(task -> assertThat(task.title()).startsWith("Tagged VIP"));
    }

    @Test
    void aTransactionsConditionOnAnotherEventAndAMissingEventConditionAreRefusedOnTheField() {
        RuleDraft amountOnVisit = new RuleDraft("Visit", true, null, new BigDecimal("100"), "EUR", null, null,
                RuleAction.TASK, null, 1, null, null, null, 30,
                new EventCondition(TriggerEvent.INTERACTION, null, null, null));
        assertThatThrownBy(() -> rules.save(null, 0, amountOnVisit)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("minAmount"));
        assertThatThrownBy(() -> rules.save(null, 0, taskRule("Changed", new EventCondition(TriggerEvent.CUSTOMER_UPDATED,
                null, "shoeSize", null)))).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("changedField"));
        for (String malformed : List.of("Lead Converted!", "LeadConverted", "acquisition:LeadConverted",
                "upsell.OpportunityWon")) {
            assertThatThrownBy(() -> rules.save(null, 0, taskRule("Converted", new EventCondition(
                    TriggerEvent.PLUGIN_EVENT, null, null, malformed)))).as(malformed)
                    .isInstanceOfSatisfying(ValidationException.class, e ->
                            assertThat(e.errors()).extracting(FieldError::field).containsExactly("pluginEventType"));
        }
        assertThatThrownBy(() -> kernel.service(RuleTester.class).test(taskRule("Trial", new EventCondition(
                TriggerEvent.INTERACTION, null, null, null)), 5)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field).containsExactly("event"));

        TriggerRule converted = rules.save(null, 0, taskRule("Converted", new EventCondition(TriggerEvent.PLUGIN_EVENT,
                null, null, "acquisition.LeadConverted")));
        assertThat(rules.find(converted.id()).orElseThrow().on()).isEqualTo(new EventCondition(TriggerEvent.PLUGIN_EVENT,
                null, null, "acquisition.LeadConverted"));
    }

    /** The service plugin's event as it publishes it (the service plugin does not run in this test). */
    record RequestOpened(Long customerId, long requestId, String subject) implements PluginEvent {
    }

    /** Another event of the service plugin that no rule waits for. */
    record RequestResolved(Long customerId, long requestId) implements PluginEvent {
    }

    @Test
    void aRuleOnAnotherPluginsEventFiresWithoutThatPluginFromItsSavingUntilItIsSwitchedOff() {
        kernel.publishAs("service", new RequestOpened(customer.id(), 1, "before the rule"));
        kernel.awaitEvents();
        TriggerRule opened = rules.save(null, 0, new RuleDraft("Request opened", true, null, null, "EUR", null, null,
                RuleAction.TASK, null, 1, null, null, null, 0, new EventCondition(TriggerEvent.PLUGIN_EVENT, null, null,
                "service.RequestOpened")));
        assertThat(rules.activePluginEventTypes()).containsExactly("service.RequestOpened");

        kernel.publishAs("service", new RequestResolved(customer.id(), 2));
        kernel.publishAs("service", new RequestOpened(customer.id(), 3, "after the rule"));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).as("only the request opened after the rule was saved")
                .singleElement().satisfies(task -> assertThat(task.title()).startsWith("Request opened"));

        kernel.publishAs("service", new RequestOpened(customer.id(), 4, "again, without a cool-down"));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).hasSize(2);

        RuleDraft off = opened.toDraft();
        rules.save(opened.id(), opened.version(), new RuleDraft(off.name(), false, off.kind(), off.minAmount(),
                off.minCurrency(), off.productFamily(), off.stage(), off.action(), off.departmentId(), off.dueDays(),
                off.script(), off.tag(), off.pipelineId(), off.cooldownDays(), off.on()));
        assertThat(rules.activePluginEventTypes()).isEmpty();
        kernel.publishAs("service", new RequestOpened(customer.id(), 5, "after switching off"));
        kernel.awaitEvents();
        assertThat(tasksOfCustomer()).hasSize(2);
    }

    @Test
    void aRuleOnQuietCustomersFiresForTheOneNeverContactedAndNotForTheOneCalledToday() {
        rules.save(null, 0, new RuleDraft("Quiet depositor", true, TransactionKind.DEPOSIT, null, "EUR", null, null,
                RuleAction.TASK, null, 1, null, null, null, 0, EventCondition.TRANSACTIONS, 30));
        kernel.context().interactions().append(new NewInteraction(customer.id(), null, Channel.PHONE, Direction.OUTBOUND,
                "Checked in", null, Outcome.COMPLETED, Instant.now().minus(Duration.ofDays(2))));
        CustomerInfo quiet = kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Quinn", kernel.unique("Quiet"),
                null, LifecycleStage.CUSTOMER, owner.id(), "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                Set.of(), null, List.of()));

        kernel.recordTransaction(customer.id(), TransactionKind.DEPOSIT, "500", "EUR", Instant.now());
        kernel.recordTransaction(quiet.id(), TransactionKind.DEPOSIT, "500", "EUR", Instant.now());
        kernel.awaitEvents();

        assertThat(tasksOfCustomer()).as("contacted two days ago").isEmpty();
        assertThat(kernel.recorded().tasks()).filteredOn(task -> Long.valueOf(quiet.id()).equals(task.customerId())).singleElement()
                .satisfies(task -> assertThat(task.title()).startsWith("Quiet depositor"));
        assertThatThrownBy(() -> rules.save(null, 0, new RuleDraft("Never", true, null, null, "EUR", null, null,
                RuleAction.TASK, null, 1, null, null, null, 0, EventCondition.TRANSACTIONS, 0)))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.errors()).extracting(FieldError::field).containsExactly("minDaysSinceContact"));
    }
}
