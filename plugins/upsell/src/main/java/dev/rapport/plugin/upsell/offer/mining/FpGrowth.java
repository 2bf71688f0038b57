package dev.rapport.plugin.upsell.offer.mining;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * FP-Growth (Han, Pei and Yin, 2000): finds every itemset contained in at least {@code minSupport} transactions by
 * growing suffixes bottom-up through conditional FP-trees, never generating candidates. {@code maxSize} bounds the
 * itemsets' size (offers need short antecedents; it also bounds the work on dense data).
 */
public final class FpGrowth {

    private final long minSupport;
    private final int maxSize;
    private final BooleanSupplier cancelled;

    /**
     * @param minSupport the least number of transactions an itemset must be in (at least 1)
     * @param maxSize    the largest itemset to find (at least 1)
     * @param cancelled  asked now and then; mining stops with {@link java.util.concurrent.CancellationException}
     */
    public FpGrowth(long minSupport, int maxSize, BooleanSupplier cancelled) {
        if (minSupport < 1 || maxSize < 1) {
            throw new IllegalArgumentException("minSupport and maxSize must be at least 1");
        }
        this.minSupport = minSupport;
        this.maxSize = maxSize;
        this.cancelled = cancelled;
    }

    /** Every frequent itemset of {@code transactions} (items as ints) with its support count. */
    public FrequentItemsets mine(List<int[]> transactions) {
        Map<Integer, Long> counts = new HashMap<>();
        for (int[] transaction : transactions) {
            for (int item : Arrays.stream(transaction).distinct().toArray()) {
                counts.merge(item, 1L, Long::sum);
            }
        }
        FpTree tree = new FpTree(counts, minSupport);
        for (int[] transaction : transactions) {
            tree.add(transaction, 1);
        }
        FrequentItemsets found = new FrequentItemsets(transactions.size());
        grow(tree, new int[0], found);
        return found;
    }

    private void grow(FpTree tree, int[] suffix, FrequentItemsets found) {
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("mining cancelled");
        }
        for (int item : tree.itemsBottomUp()) {
            int[] itemset = Arrays.copyOf(suffix, suffix.length + 1);
            itemset[suffix.length] = item;
            found.add(itemset, tree.support(item));
            if (itemset.length >= maxSize) {
                continue;
            }
            List<FpTree.WeightedPath> base = tree.patternBase(item);
            Map<Integer, Long> counts = new HashMap<>();
            for (FpTree.WeightedPath path : base) {
                for (int prefixItem : path.items()) {
                    counts.merge(prefixItem, path.count(), Long::sum);
                }
            }
            FpTree conditional = new FpTree(counts, minSupport);
            if (conditional.isEmpty()) {
                continue;
            }
            for (FpTree.WeightedPath path : base) {
                conditional.add(path.items(), path.count());
            }
            grow(conditional, itemset, found);
        }
    }
}
