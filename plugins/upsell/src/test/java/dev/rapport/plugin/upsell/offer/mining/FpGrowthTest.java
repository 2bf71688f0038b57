package dev.rapport.plugin.upsell.offer.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * FP-Growth on the textbook example of Han, Kamber and Pei, "Data Mining: Concepts and Techniques" (Table 6.1: nine
 * transactions over I1..I5, minimum support count 2), whose frequent itemsets the book lists; the rules' confidence
 * and lift worked out by hand.
 */
class FpGrowthTest {

    private static final List<int[]> TRANSACTIONS = List.of(
            new int[] {1, 2, 5}, new int[] {2, 4}, new int[] {2, 3}, new int[] {1, 2, 4}, new int[] {1, 3},
            new int[] {2, 3}, new int[] {1, 3}, new int[] {1, 2, 3, 5}, new int[] {1, 2, 3});

    @Test
    void findsExactlyTheBooksFrequentItemsetsWithTheirSupport() {
        FrequentItemsets found = new FpGrowth(2, 10, () -> false).mine(TRANSACTIONS);

        assertThat(found.all()).isEqualTo(Map.ofEntries(
                Map.entry(List.of(1), 6L), Map.entry(List.of(2), 7L), Map.entry(List.of(3), 6L),
                Map.entry(List.of(4), 2L), Map.entry(List.of(5), 2L),
                Map.entry(List.of(1, 2), 4L), Map.entry(List.of(1, 3), 4L), Map.entry(List.of(1, 5), 2L),
                Map.entry(List.of(2, 3), 4L), Map.entry(List.of(2, 4), 2L), Map.entry(List.of(2, 5), 2L),
                Map.entry(List.of(1, 2, 3), 2L), Map.entry(List.of(1, 2, 5), 2L)));
    }

    @Test
    void aHigherMinimumSupportAndASizeLimitLeaveTheRestOut() {
        assertThat(new FpGrowth(4, 10, () -> false).mine(TRANSACTIONS).all().keySet()).containsExactlyInAnyOrder(
                List.of(1), List.of(2), List.of(3), List.of(1, 2), List.of(1, 3), List.of(2, 3));
        assertThat(new FpGrowth(2, 2, () -> false).mine(TRANSACTIONS).all().keySet())
                .noneMatch(itemset -> itemset.size() > 2).contains(List.of(1, 5));
    }

    @Test
    void rulesCarryConfidenceAndLiftAsWorkedOutByHand() {
        List<AssociationRule> rules = RuleGenerator.rules(new FpGrowth(2, 10, () -> false).mine(TRANSACTIONS), 0.5, 1.0);

        // {I1, I5} → I2: both in 2 transactions, {I1, I5} in 2: confidence 1; I2 in 7 of 9: lift 9/7.
        AssociationRule toI2 = rule(rules, List.of(1, 5), 2);
        assertThat(toI2.supportCount()).isEqualTo(2);
        assertThat(toI2.support()).isCloseTo(2 / 9.0, within(1e-9));
        assertThat(toI2.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(toI2.lift()).isCloseTo(9 / 7.0, within(1e-9));
        // {I1, I2} → I5: 2 of 4; I5 in 2 of 9: lift 0.5 / (2/9) = 2.25.
        AssociationRule toI5 = rule(rules, List.of(1, 2), 5);
        assertThat(toI5.confidence()).isCloseTo(0.5, within(1e-9));
        assertThat(toI5.lift()).isCloseTo(2.25, within(1e-9));
        // I1 → I3: 4 of 6 = 0.667, lift (4/6) / (6/9) = 1: not above 1, so not a rule worth offering.
        assertThat(rules).noneMatch(rule -> rule.antecedent().equals(List.of(1)) && rule.consequent() == 3);
        // I2 → I1: 4 of 7 = 0.571, lift (4/7)/(6/9) = 0.857: below 1.
        assertThat(rules).noneMatch(rule -> rule.antecedent().equals(List.of(2)) && rule.consequent() == 1);
        assertThat(rules.getFirst().confidence()).isEqualTo(1.0);
    }

    @Test
    void stopsWhenCancelled() {
        assertThatThrownBy(() -> new FpGrowth(2, 10, () -> true).mine(TRANSACTIONS))
                .isInstanceOf(CancellationException.class);
    }

    private static AssociationRule rule(List<AssociationRule> rules, List<Integer> antecedent, int consequent) {
        return rules.stream().filter(rule -> rule.antecedent().equals(antecedent) && rule.consequent() == consequent)
                .findFirst().orElseThrow(() -> new AssertionError("no rule " + antecedent + " -> " + consequent));
    }
}
