package dev.rapport.plugin.upsell.offer.mining;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The frequent-pattern tree of Han, Pei and Yin, "Mining frequent patterns without candidate generation" (SIGMOD
 * 2000): each transaction's frequent items, in descending order of their support, form a path from the root; shared
 * prefixes share nodes whose counts add up. A header table links every node of an item, so the paths ending in an
 * item (its conditional pattern base) are found without scanning the tree.
 */
final class FpTree {

    /** One node: an item, how many transactions pass through it, its parent, children and the next node of its item. */
    static final class Node {
        final int item;
        long count;
        final Node parent;
        final Map<Integer, Node> children = new HashMap<>(4);
        Node nextOfItem;

        Node(int item, Node parent) {
            this.item = item;
            this.parent = parent;
        }
    }

    private final Node root = new Node(-1, null);
    /** Per frequent item, in descending support order: its support and the first node of its linked list. */
    private final LinkedHashMap<Integer, Long> supports;
    private final Map<Integer, Node> heads = new HashMap<>();
    private final Map<Integer, Node> tails = new HashMap<>();
    private final Map<Integer, Integer> rank = new HashMap<>();

    /**
     * An empty tree over the items whose support in {@code counts} reaches {@code minSupport}, ranked by descending
     * support (ties by item id, so the tree's shape does not depend on map order).
     */
    FpTree(Map<Integer, Long> counts, long minSupport) {
        supports = new LinkedHashMap<>();
        counts.entrySet().stream().filter(entry -> entry.getValue() >= minSupport)
                .sorted(Map.Entry.<Integer, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> supports.put(entry.getKey(), entry.getValue()));
        int position = 0;
        for (Integer item : supports.keySet()) {
            rank.put(item, position++);
        }
    }

    /** Adds a transaction (or a prefix path of a pattern base) {@code count} times; infrequent items are dropped. */
    void add(int[] items, long count) {
        List<Integer> ordered = new ArrayList<>(items.length);
        for (int item : items) {
            if (rank.containsKey(item) && !ordered.contains(item)) {
                ordered.add(item);
            }
        }
        ordered.sort((a, b) -> Integer.compare(rank.get(a), rank.get(b)));
        Node node = root;
        for (int item : ordered) {
            Node child = node.children.get(item);
            if (child == null) {
                child = new Node(item, node);
                node.children.put(item, child);
                Node tail = tails.put(item, child);
                if (tail == null) {
                    heads.put(item, child);
                } else {
                    tail.nextOfItem = child;
                }
            }
            child.count += count;
            node = child;
        }
    }

    boolean isEmpty() {
        return supports.isEmpty();
    }

    /** The frequent items, from the least to the most supported: the order in which FP-Growth grows suffixes. */
    List<Integer> itemsBottomUp() {
        List<Integer> items = new ArrayList<>(supports.keySet());
        java.util.Collections.reverse(items);
        return items;
    }

    long support(int item) {
        return supports.get(item);
    }

    /** The conditional pattern base of {@code item}: every path from the root to one of its nodes, with that count. */
    List<WeightedPath> patternBase(int item) {
        List<WeightedPath> base = new ArrayList<>();
        for (Node node = heads.get(item); node != null; node = node.nextOfItem) {
            List<Integer> path = new ArrayList<>();
            for (Node up = node.parent; up != root; up = up.parent) {
                path.add(up.item);
            }
            if (!path.isEmpty()) {
                base.add(new WeightedPath(path.stream().mapToInt(Integer::intValue).toArray(), node.count));
            }
        }
        return base;
    }

    /** A prefix path and how many transactions follow it. */
    record WeightedPath(int[] items, long count) {
    }
}
