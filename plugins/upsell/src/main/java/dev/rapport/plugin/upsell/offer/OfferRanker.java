package dev.rapport.plugin.upsell.offer;

import dev.rapport.plugin.upsell.offer.mining.AssociationRule;
import dev.rapport.sdk.customer.ProductInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks offers for one customer from the mined rules and the catalogue: the rules whose antecedent the customer
 * holds, the strongest per product (by confidence, then lift), then the next tier up of each family they hold (the
 * cheapest active product of the family priced above their dearest one). Held, declined and inactive products are
 * never offered. Immutable and thread-safe: one instance serves all customers until the next mining run.
 */
public final class OfferRanker {

    private final Map<Integer, List<AssociationRule>> rulesByFirstItem = new HashMap<>();
    private final Map<Long, ProductInfo> products = new HashMap<>();
    private final int ruleCount;

    public OfferRanker(List<AssociationRule> rules, List<ProductInfo> catalogue) {
        for (AssociationRule rule : rules) {
            rulesByFirstItem.computeIfAbsent(rule.antecedent().getFirst(), item -> new ArrayList<>()).add(rule);
        }
        catalogue.forEach(product -> products.put(product.id(), product));
        ruleCount = rules.size();
    }

    public int ruleCount() {
        return ruleCount;
    }

    public List<Offer> rank(Set<Long> held, Set<Long> declined, int limit) {
        Map<Long, Offer> best = new LinkedHashMap<>();
        for (Long item : held) {
            for (AssociationRule rule : rulesByFirstItem.getOrDefault(Math.toIntExact(item), List.of())) {
                long consequent = rule.consequent();
                if (!offerable(consequent, held, declined)
                        || !rule.antecedent().stream().allMatch(product -> held.contains(product.longValue()))) {
                    continue;
                }
                Offer offer = new Offer(consequent, Offer.Kind.CROSS_SELL,
                        rule.antecedent().stream().map(Integer::longValue).toList(), rule.supportCount(),
                        rule.confidence(), rule.lift());
                best.merge(consequent, offer, (a, b) -> STRENGTH.compare(a, b) >= 0 ? a : b);
            }
        }
        List<Offer> ranked = new ArrayList<>(best.values());
        ranked.sort(STRENGTH.reversed());
        for (Offer upsell : upsells(held, declined)) {
            if (ranked.stream().noneMatch(offer -> offer.productId() == upsell.productId())) {
                ranked.add(upsell);
            }
        }
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : List.copyOf(ranked);
    }

    private static final Comparator<Offer> STRENGTH = Comparator.comparingDouble(Offer::confidence)
            .thenComparingDouble(Offer::lift).thenComparing(Offer::productId, Comparator.reverseOrder());

    private List<Offer> upsells(Set<Long> held, Set<Long> declined) {
        Map<String, ProductInfo> dearestHeld = new HashMap<>();
        for (Long id : held) {
            ProductInfo product = products.get(id);
            if (product != null && product.family() != null && product.price() != null) {
                dearestHeld.merge(product.family(), product, (a, b) -> a.price().compareTo(b.price()) >= 0 ? a : b);
            }
        }
        List<Offer> offers = new ArrayList<>();
        for (ProductInfo base : dearestHeld.values()) {
            products.values().stream()
                    .filter(product -> base.family().equals(product.family()) && product.price() != null
                            && product.currency().equals(base.currency())
                            && product.price().compareTo(base.price()) > 0 && offerable(product.id(), held, declined))
                    .min(Comparator.comparing(ProductInfo::price).thenComparing(ProductInfo::id))
                    .ifPresent(next -> offers.add(new Offer(next.id(), Offer.Kind.UP_SELL, List.of(base.id()), 0, 0, 0)));
        }
        offers.sort(Comparator.comparing(Offer::productId));
        return offers;
    }

    private boolean offerable(long productId, Set<Long> held, Set<Long> declined) {
        ProductInfo product = products.get(productId);
        return product != null && product.active() && !held.contains(productId) && !declined.contains(productId);
    }
}
