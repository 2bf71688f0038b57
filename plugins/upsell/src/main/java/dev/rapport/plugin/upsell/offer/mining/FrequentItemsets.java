package dev.rapport.plugin.upsell.offer.mining;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Frequent itemsets (kept sorted ascending) with their support counts, out of {@code transactions}. */
public final class FrequentItemsets {

    private final long transactions;
    private final Map<List<Integer>, Long> supports = new HashMap<>();

    FrequentItemsets(long transactions) {
        this.transactions = transactions;
    }

    void add(int[] itemset, long support) {
        supports.put(key(itemset), support);
    }

    public long transactions() {
        return transactions;
    }

    public Map<List<Integer>, Long> all() {
        return Map.copyOf(supports);
    }

    /** The support count of {@code itemset}, empty if it is not frequent. */
    public OptionalLong support(int... itemset) {
        Long support = supports.get(key(itemset));
        return support == null ? OptionalLong.empty() : OptionalLong.of(support);
    }

    static List<Integer> key(int[] itemset) {
        return Arrays.stream(itemset).sorted().boxed().toList();
    }
}
