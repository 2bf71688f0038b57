package dev.rapport.plugin.upsell.offer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.plugin.upsell.offer.mining.AssociationRule;
import dev.rapport.sdk.customer.ProductInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Offers from rules and the catalogue: the strongest rule per product, held/declined/inactive never, tiers up. */
class OfferRankerTest {

    private static ProductInfo product(long id, String family, String price, boolean active) {
        return new ProductInfo(id, "P" + id, "Product " + id, family, new BigDecimal(price), BigDecimal.ONE, "EUR", active);
    }

    private static final List<ProductInfo> CATALOGUE = List.of(product(1, "Cards", "39", true),
            product(2, "Cards", "129", true), product(3, "Cards", "500", true), product(4, "Funds", "2500", true),
            product(5, "Insurance", "180", true), product(6, "Insurance", "90", false));

    private static final List<AssociationRule> RULES = List.of(
            new AssociationRule(List.of(1), 4, 40, 0.04, 0.5, 2.0),
            new AssociationRule(List.of(1, 5), 4, 20, 0.02, 0.8, 3.2),
            new AssociationRule(List.of(1), 5, 30, 0.03, 0.3, 1.5),
            new AssociationRule(List.of(1), 6, 30, 0.03, 0.9, 4.0));

    private final OfferRanker ranker = new OfferRanker(RULES, CATALOGUE);

    @Test
    void theStrongestHeldRuleExplainsEachOfferAndTheNextTierUpFollows() {
        List<Offer> offers = ranker.rank(Set.of(1L, 5L), Set.of(), 5);

        assertThat(offers).extracting(Offer::productId, Offer::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4L, Offer.Kind.CROSS_SELL),
                org.assertj.core.groups.Tuple.tuple(2L, Offer.Kind.UP_SELL));
        assertThat(offers.getFirst().basis()).containsExactly(1L, 5L);
        assertThat(offers.getFirst().lift()).isEqualTo(3.2);
        assertThat(offers.get(1).basis()).containsExactly(1L);
    }

    @Test
    void declinedHeldAndInactiveProductsAreNeverOffered() {
        assertThat(ranker.rank(Set.of(1L), Set.of(4L), 5)).extracting(Offer::productId).containsExactly(5L, 2L);
        assertThat(ranker.rank(Set.of(1L, 4L, 5L, 2L, 3L), Set.of(), 5)).isEmpty();
        assertThat(ranker.rank(Set.of(1L), Set.of(), 1)).extracting(Offer::productId).containsExactly(4L);
    }
}
