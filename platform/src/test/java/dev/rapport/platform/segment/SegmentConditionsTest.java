package dev.rapport.platform.segment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.platform.customer.Product;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.segment.FacetCondition;
import dev.rapport.sdk.segment.SegmentFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each condition of a segment filter, and their combination, against hand-made customers in MariaDB. */
class SegmentConditionsTest {

    private final Kernel kernel = new Kernel();
    private final SegmentFixture fixture = new SegmentFixture(kernel);
    private final SegmentService segments = kernel.segments;

    private List<Long> members(SegmentFilter filter) {
        return segments.members(filter, 0, 500).stream().map(CustomerInfo::id).toList();
    }

    @Test
    void selectsByStageOwnerTagsAnyOfConsentAndCustomerSince() {
        long owner = kernel.newUser().id();
        long prospect = fixture.customer("Prospect", LifecycleStage.PROSPECT, owner, true, Set.of("vip"));
        long customer = fixture.customer("Customer", LifecycleStage.CUSTOMER, null, false, Set.of("fair"));
        long former = fixture.customer("Former", LifecycleStage.FORMER_CUSTOMER, owner, false, Set.of("vip", "fair"));
        long untagged = fixture.customer("Untagged", LifecycleStage.CUSTOMER, null, true, Set.of());
        fixture.createdOn(prospect, LocalDate.of(2024, 1, 31));
        fixture.createdOn(customer, LocalDate.of(2024, 2, 1));
        fixture.createdOn(former, LocalDate.of(2024, 2, 29));
        fixture.createdOn(untagged, LocalDate.of(2024, 3, 1));

        assertThat(members(fixture.all())).containsExactly(prospect, customer, former, untagged);
        assertThat(members(fixture.stages(LifecycleStage.PROSPECT, LifecycleStage.FORMER_CUSTOMER)))
                .containsExactly(prospect, former);
        assertThat(members(fixture.owner(owner))).containsExactly(prospect, former);
        assertThat(members(fixture.tags("vip", "fair"))).containsExactly(prospect, customer, former);
        assertThat(members(fixture.tags("fair"))).containsExactly(customer, former);
        assertThat(members(fixture.consentOnly())).containsExactly(prospect, untagged);
        assertThat(members(fixture.since(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29))))
                .as("both days belong to the range").containsExactly(customer, former);
        assertThat(members(fixture.since(LocalDate.of(2024, 2, 2), null))).containsExactly(former, untagged);
        assertThat(members(fixture.since(null, LocalDate.of(2024, 1, 31)))).containsExactly(prospect);

        SegmentFilter combined = new SegmentFilter(fixture.prefix, Set.of(LifecycleStage.PROSPECT,
                LifecycleStage.FORMER_CUSTOMER), owner, Set.of("fair"), false, Set.of(), null, null, null, List.of());
        assertThat(members(combined)).containsExactly(former);
        SegmentFilter byName = new SegmentFilter(fixture.prefix + " Form", Set.of(), null, Set.of(), false, Set.of(),
                null, null, null, List.of());
        assertThat(members(byName)).containsExactly(former);
    }

    @Test
    void aCustomerHoldsAProductUntilARefundOrSubscriptionEndOfItAtTheSameTimeOrLater() {
        String family = Kernel.unique("Family");
        Product card = fixture.product(family);
        Product plan = fixture.product(family);
        Product other = fixture.product(Kernel.unique("Other"));
        long bought = fixture.customer("Bought");
        fixture.transaction(bought, TransactionKind.PURCHASE, card, 10);
        long refunded = fixture.customer("Refunded");
        fixture.transaction(refunded, TransactionKind.PURCHASE, card, 10);
        fixture.transaction(refunded, TransactionKind.REFUND, card, 5);
        long boughtAgain = fixture.customer("BoughtAgain");
        fixture.transaction(boughtAgain, TransactionKind.PURCHASE, card, 10);
        fixture.transaction(boughtAgain, TransactionKind.REFUND, card, 5);
        fixture.transaction(boughtAgain, TransactionKind.PURCHASE, card, 2);
        long subscribed = fixture.customer("Subscribed");
        fixture.transaction(subscribed, TransactionKind.SUBSCRIPTION_START, plan, 10);
        long cancelled = fixture.customer("Cancelled");
        fixture.transaction(cancelled, TransactionKind.SUBSCRIPTION_START, plan, 10);
        fixture.transaction(cancelled, TransactionKind.SUBSCRIPTION_END, plan, 1);
        long depositOnly = fixture.customer("DepositOnly");
        fixture.transaction(depositOnly, TransactionKind.DEPOSIT, card, 3);
        long otherFamily = fixture.customer("OtherFamily");
        fixture.transaction(otherFamily, TransactionKind.PURCHASE, other, 3);
        fixture.transaction(otherFamily, TransactionKind.REFUND, card, 1);

        assertThat(members(fixture.holds(card))).containsExactly(bought, boughtAgain);
        assertThat(members(fixture.holds(card, plan))).containsExactly(bought, boughtAgain, subscribed);
        assertThat(members(fixture.family(family))).containsExactly(bought, boughtAgain, subscribed);
        assertThat(members(fixture.holds(other))).containsExactly(otherFamily);
    }

    @Test
    void selectsByFacetValuesWrittenInBatchesAndSingly() {
        long champion = fixture.customer("Champion");
        long atRisk = fixture.customer("AtRisk");
        long hibernating = fixture.customer("Hibernating");
        long unscored = fixture.customer("Unscored");
        String key = "retention.rfm-class";
        segments.setFacets("retention", key, Map.of(champion, "champions", atRisk, "at-risk", hibernating, "at-risk"));

        assertThat(members(fixture.facet(key, "at-risk"))).containsExactly(atRisk, hibernating);
        assertThat(members(fixture.facet(key, "champions", "at-risk"))).containsExactly(champion, atRisk, hibernating);

        segments.setFacets("retention", key, Map.of(hibernating, "hibernating"));
        segments.clearFacet("retention", atRisk, key);
        assertThat(members(fixture.facet(key, "at-risk"))).isEmpty();
        assertThat(members(fixture.facet(key, "hibernating"))).containsExactly(hibernating);
        assertThat(members(fixture.facet("retention.churn-band", "high"))).as("another facet").isEmpty();

        SegmentFilter twoFacets = new SegmentFilter(fixture.prefix, Set.of(), null, Set.of(), false, Set.of(), null,
                null, null, List.of(new FacetCondition(key, Set.of("champions", "hibernating")),
                new FacetCondition("service.open-requests", Set.of("yes"))));
        segments.setFacets("service", "service.open-requests", Map.of(champion, "yes", unscored, "yes"));
        assertThat(members(twoFacets)).containsExactly(champion);
    }
}
