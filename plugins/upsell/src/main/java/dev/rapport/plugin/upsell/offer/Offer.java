package dev.rapport.plugin.upsell.offer;

import java.util.List;

/**
 * A product to offer a customer and why: a CROSS_SELL from an association rule (the held products of its antecedent,
 * with the rule's support count, confidence and lift) or an UP_SELL to the next tier of a family the customer holds
 * ({@code basis} is the held product, the figures are zero).
 */
public record Offer(long productId, Kind kind, List<Long> basis, long supportCount, double confidence, double lift) {

    public enum Kind {
        CROSS_SELL, UP_SELL
    }

    public Offer {
        basis = List.copyOf(basis);
    }
}
