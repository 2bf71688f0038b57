package dev.rapport.plugin.upsell.offer.mining;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Association rules with one product as consequent from frequent itemsets (Agrawal and Srikant's rule step): for
 * each frequent itemset X of two or more items and each item c of it, X \ {c} → c with confidence
 * supp(X) / supp(X \ {c}) and lift confidence / (supp({c}) / N). Every subset of a frequent itemset is frequent, so
 * all supports are known.
 */
public final class RuleGenerator {

    private RuleGenerator() {
    }

    /** The rules reaching {@code minConfidence} and a lift above {@code minLift}, strongest first. */
    public static List<AssociationRule> rules(FrequentItemsets itemsets, double minConfidence, double minLift) {
        double customers = itemsets.transactions();
        List<AssociationRule> rules = new ArrayList<>();
        for (Map.Entry<List<Integer>, Long> entry : itemsets.all().entrySet()) {
            List<Integer> itemset = entry.getKey();
            if (itemset.size() < 2) {
                continue;
            }
            for (int consequent : itemset) {
                int[] antecedent = itemset.stream().filter(item -> item != consequent).mapToInt(Integer::intValue).toArray();
                long antecedentSupport = itemsets.support(antecedent).orElseThrow();
                long consequentSupport = itemsets.support(consequent).orElseThrow();
                double confidence = entry.getValue() / (double) antecedentSupport;
                double lift = confidence / (consequentSupport / customers);
                if (confidence >= minConfidence && lift > minLift) {
                    rules.add(new AssociationRule(FrequentItemsets.key(antecedent), consequent, entry.getValue(),
                            entry.getValue() / customers, confidence, lift));
                }
            }
        }
        rules.sort(Comparator.comparingDouble(AssociationRule::confidence).thenComparingDouble(AssociationRule::lift)
                .reversed().thenComparing(rule -> rule.antecedent().toString()).thenComparingInt(AssociationRule::consequent));
        return rules;
    }
}
