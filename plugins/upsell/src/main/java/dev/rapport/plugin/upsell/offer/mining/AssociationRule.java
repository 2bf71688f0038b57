package dev.rapport.plugin.upsell.offer.mining;

import java.util.List;

/**
 * Customers holding every product of {@code antecedent} also took {@code consequent}: {@code supportCount} customers
 * hold both, {@code support} is that share of all customers, {@code confidence} the share of the antecedent's holders
 * who took the consequent, {@code lift} the confidence over the consequent's overall share (above 1: more likely than
 * for anyone).
 */
public record AssociationRule(List<Integer> antecedent, int consequent, long supportCount, double support,
                              double confidence, double lift) {

    public AssociationRule {
        antecedent = List.copyOf(antecedent);
    }
}
