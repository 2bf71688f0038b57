package dev.rapport.plugin.upsell.demo;

import static dev.rapport.plugin.upsell.db.Tables.UPS_FIRING;
import static dev.rapport.plugin.upsell.db.Tables.UPS_MINING_RUN;
import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;
import static dev.rapport.plugin.upsell.db.Tables.UPS_RULE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.upsell.offer.OfferMiner;
import dev.rapport.plugin.upsell.offer.OfferService;
import dev.rapport.plugin.upsell.opportunity.OpportunityService;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.TriggerRule;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.NewCustomer;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.security.Role;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.testkit.RapportKernel;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo data over a small kernel: the bank's rule and two more (the bank's fired on last week's large deposit), a
 * second pipeline, opportunities in it with some won and lost, and a first mining run; made once only.
 */
class UpsellDemoDataTest {

    @RegisterExtension
    static final RapportKernel kernel = RapportKernel.withPluginUnderTest();

    @Test
    void makesTheRulesOpportunitiesAndAMiningRunOnce() {
        kernel.clearSettings();
        kernel.runAsPlugin(() -> kernel.dsl().deleteFrom(UPS_RULE).execute());
        // The demo catalogue's families the demo rules name.
        kernel.createProduct(kernel.unique("SWL"), "Office Suite", "Software Licences", "299");
        kernel.createProduct(kernel.unique("INS"), "Home Contents Insurance", "Insurance", "180");
        UserInfo owner = kernel.createUser(Role.AGENT, "sales");
        CustomerInfo saver = kernel.createCustomer(new NewCustomer(CustomerKind.PERSON, "Demo", kernel.unique("Saver"),
                null, LifecycleStage.CUSTOMER, owner.id(), "en", "EUR", "UTC", false, List.of(), List.of(), List.of(),
                Set.of(), null, List.of()));
        kernel.recordTransaction(saver.id(), TransactionKind.DEPOSIT, "25000", "EUR",
                Instant.now().minus(2, ChronoUnit.DAYS));
        for (int i = 0; i < 6; i++) {
            kernel.createPerson("Demo", kernel.unique("Customer"), null, false);
        }
        kernel.awaitEvents();
        UpsellDemoData demo = new UpsellDemoData(kernel.context(), kernel.service(PipelineService.class),
                kernel.service(OpportunityService.class), kernel.service(RuleService.class),
                kernel.service(OfferMiner.class), kernel.service(OfferService.class));

        Instant generated = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        kernel.runAsPlugin(demo::generateOnFirstStart);
        kernel.runAsPlugin(demo::generateOnFirstStart);
        kernel.awaitEvents();

        assertThat(kernel.service(RuleService.class).all()).extracting(TriggerRule::name).containsExactlyInAnyOrder(
                "Large deposit: talk about investments", "Software bought: offer a support plan",
                "Insurance taken: welcome campaign");
        assertThat(kernel.dsl().fetchCount(UPS_FIRING, UPS_FIRING.CUSTOMER_ID.eq(saver.id()))).isEqualTo(1);
        assertThat(kernel.service(PipelineService.class).all()).extracting(pipeline -> pipeline.name())
                .contains("Business banking");
        assertThat(kernel.dsl().fetchCount(UPS_OPPORTUNITY, UPS_OPPORTUNITY.STATUS.eq("WON"))).isPositive();
        assertThat(kernel.dsl().fetchCount(UPS_OPPORTUNITY, UPS_OPPORTUNITY.STATUS.eq("LOST"))).isPositive();
        assertThat(kernel.dsl().fetchCount(UPS_MINING_RUN, UPS_MINING_RUN.FINISHED_AT.ge(generated))).isEqualTo(1);
    }
}
