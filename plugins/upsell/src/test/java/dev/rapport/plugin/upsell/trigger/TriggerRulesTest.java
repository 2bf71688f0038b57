package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;
import static dev.rapport.plugin.upsell.db.Tables.UPS_RULE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.TransactionRecorded;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.task.TaskInfo;
import dev.rapport.testkit.RapportKernel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bank's rule against the real kernel: a large deposit recorded through the kernel reaches the rule through the
 * event stream and gives the owner one call task; a redelivered event gives no second one; the cool-down holds the
 * next deposit back, also within one delivered batch; a small deposit does nothing; "Test the rule" sees the past deposits; bad rules are refused.
 */
class TriggerRulesTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    private final RuleService rules = kernel.service(RuleService.class);
    private final TriggerEngine engine = kernel.service(TriggerEngine.class);
    private UserInfo owner;
    private CustomerInfo customer;

    @BeforeEach
    void theBankRuleAndACustomerWithAnOwner() {
        kernel.runAsPlugin(() -> kernel.dsl().deleteFrom(UPS_RULE).execute());
        kernel.signIn(kernel.createUser(Role.MANAGER, "sales"));
        rules.save(null, 0, bankRule("Large deposit"));
        owner = kernel.createUser(Role.AGENT, "sales");
        customer = kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Vera", kernel.unique("Saver"), null,
                LifecycleStage.CUSTOMER, owner.id(), "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                Set.of(), null, List.of()));
    }

    private static RuleDraft bankRule(String name) {
        return new RuleDraft(name, true, TransactionKind.DEPOSIT, new BigDecimal("10000"), "EUR", null, null,
                RuleAction.TASK, null, 2, "Ask about investment products", null, null, 30);
    }

    private List<TaskInfo> tasksOfCustomer() {
        return kernel.recorded().tasks().stream().filter(task -> customer.id() == task.customerId()).toList();
    }

    @Test
    void aLargeDepositGivesTheOwnerOneCallTaskAndTheCooldownHoldsTheNextBack() {
        kernel.recordTransaction(customer.id(), TransactionKind.DEPOSIT, "12000", "EUR", Instant.now());
        kernel.recordTransaction(customer.id(), TransactionKind.DEPOSIT, "500", "EUR", Instant.now());
        kernel.recordTransaction(customer.id(), TransactionKind.DEPOSIT, "15000", "EUR", Instant.now());
        kernel.awaitEvents();

        assertThat(tasksOfCustomer()).singleElement().satisfies(task -> {
            assertThat(task.assigneeUserId()).isEqualTo(owner.id());
            assertThat(task.description()).isEqualTo("Ask about investment products");
            assertThat(task.title()).startsWith("Large deposit");
        });
        assertThat(kernel.dsl().select(UPS_FIRING.OUTCOME).from(UPS_FIRING).where(UPS_FIRING.CUSTOMER_ID.eq(customer.id()))
                .orderBy(UPS_FIRING.ID).fetch(UPS_FIRING.OUTCOME)).containsExactly("FIRED", "COOLING");
        assertThat(kernel.service(FiringLog.class).ofCustomer(customer.id(), null, 0, 10)).singleElement()
                .extracting(Firing::outcome).isEqualTo(FiringOutcome.FIRED);
    }

    @Test
    void aRedeliveredEventCreatesNoSecondTask() {
        TransactionRecorded deposit = new TransactionRecorded(customer.id(), 987_654_321L, TransactionKind.DEPOSIT,
                new BigDecimal("20000"), "EUR", null, Instant.now());

        kernel.runAsPlugin(() -> {
            for (int delivery = 0; delivery < 2; delivery++) {
                FiringBatch batch = new FiringBatch();
                engine.gather(deposit, 4_000_000_001L, batch);
                engine.write(batch);
            }
        });
        kernel.awaitEvents();

        assertThat(tasksOfCustomer()).hasSize(1);
        assertThat(kernel.dsl().fetchCount(UPS_FIRING, UPS_FIRING.EVENT_SEQ.eq(4_000_000_001L))).isEqualTo(1);
    }

    @Test
    void aBatchOfDepositsFiresOnceRecordsTheRestAsCoolingAndItsRedeliveryCreatesNothingNew() {
        List<Long> sequences = List.of(4_000_000_011L, 4_000_000_012L, 4_000_000_013L);

        kernel.runAsPlugin(() -> {
            for (int delivery = 0; delivery < 2; delivery++) {
                FiringBatch batch = new FiringBatch();
                for (long sequence : sequences) {
                    engine.gather(new TransactionRecorded(customer.id(), sequence, TransactionKind.DEPOSIT,
                            new BigDecimal("20000"), "EUR", null, Instant.now()), sequence, batch);
                }
                engine.write(batch);
            }
        });
        kernel.awaitEvents();

        assertThat(tasksOfCustomer()).hasSize(1);
        assertThat(kernel.dsl().select(UPS_FIRING.EVENT_SEQ, UPS_FIRING.OUTCOME).from(UPS_FIRING)
                .where(UPS_FIRING.CUSTOMER_ID.eq(customer.id())).orderBy(UPS_FIRING.EVENT_SEQ)
                .fetch(row -> row.value1() + " " + row.value2()))
                .containsExactly("4000000011 FIRED", "4000000012 COOLING", "4000000013 COOLING");
    }

    @Test
    void testingTheRuleShowsWhatItWouldHaveDoneWithoutActing() {
        kernel.recordTransaction(customer.id(), TransactionKind.DEPOSIT, "11000", "EUR", Instant.now());
        kernel.awaitEvents();
        RuleTester.Result result = kernel.service(RuleTester.class).test(bankRule("Trial"), 5);

        assertThat(result.shown()).anySatisfy(hit -> {
            assertThat(hit.customerId()).isEqualTo(customer.id());
            assertThat(hit.amount()).isEqualByComparingTo("11000");
        });
        assertThat(rules.all()).extracting(TriggerRule::name).containsExactly("Large deposit");
    }

    @Test
    void aRuleThatCouldNeverMatchOrAnUnknownCurrencyIsRefusedOnTheField() {
        RuleDraft bad = new RuleDraft("Bad", true, TransactionKind.DEPOSIT, new BigDecimal("100"), "XYZ",
                "Cards", null, RuleAction.TASK, 999_999L, 2, null, null, null, 30);

        assertThatThrownBy(() -> rules.save(null, 0, bad)).isInstanceOfSatisfying(ValidationException.class, e ->
                assertThat(e.errors()).extracting(FieldError::field, FieldError::messageKey).contains(
                        org.assertj.core.groups.Tuple.tuple("minCurrency", "upsell.error.currency"),
                        org.assertj.core.groups.Tuple.tuple("productFamily", "upsell.rule.error.neverMatches.family"),
                        org.assertj.core.groups.Tuple.tuple("department", "upsell.rule.error.department")));
    }

    @Test
    void aRuleOpeningAnOpportunityCountsItsRevenueOnceWon() {
        long pipeline = kernel.service(dev.rapport.plugin.upsell.opportunity.PipelineService.class).all().getFirst().id();
        rules.save(null, 0, new RuleDraft("Big purchase", true, TransactionKind.PURCHASE, new BigDecimal("5000"), "EUR",
                null, null, RuleAction.OPPORTUNITY, null, 30, null, null, pipeline, 0));
        kernel.recordTransaction(customer.id(), TransactionKind.PURCHASE, "6000", "EUR", Instant.now());
        kernel.awaitEvents();
        OpportunityService opportunities = kernel.service(OpportunityService.class);
        Long opportunityId = kernel.dsl().select(UPS_FIRING.OPPORTUNITY_ID).from(UPS_FIRING)
                .where(UPS_FIRING.CUSTOMER_ID.eq(customer.id())).fetchSingle(UPS_FIRING.OPPORTUNITY_ID);
        kernel.signIn(owner);

        opportunities.win(opportunityId, opportunities.require(opportunityId).version(), null);
        kernel.awaitEvents();

        TriggerRule big = rules.all().stream().filter(rule -> rule.name().equals("Big purchase")).findFirst().orElseThrow();
        RuleStats stats = rules.stats().get(big.id());
        assertThat(stats.firings()).isEqualTo(1);
        assertThat(stats.conversions()).isEqualTo(1);
        assertThat(stats.revenue()).isEqualByComparingTo("6000");
    }
}
