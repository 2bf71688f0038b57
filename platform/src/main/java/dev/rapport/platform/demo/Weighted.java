package dev.rapport.platform.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A fixed set of choices, each picked with a probability proportional to its weight. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulativeWeights;

    private Weighted(List<T> items, double[] cumulativeWeights) {
        this.items = items;
        this.cumulativeWeights = cumulativeWeights;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(DemoRandom random) {
        double point = random.fraction() * cumulativeWeights[cumulativeWeights.length - 1];
        int index = Arrays.binarySearch(cumulativeWeights, point);
        // binarySearch answers -(insertion point) - 1 when the point falls between two bounds
        return items.get(index >= 0 ? index + 1 : -index - 1);
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight <= 0) {
                throw new IllegalArgumentException("Weight of " + item + " must be positive: " + weight);
            }
            items.add(item);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            if (items.isEmpty()) {
                throw new IllegalStateException("No choices");
            }
            double[] cumulative = new double[weights.size()];
            double sum = 0;
            for (int i = 0; i < cumulative.length; i++) {
                sum += weights.get(i);
                cumulative[i] = sum;
            }
            return new Weighted<>(List.copyOf(items), cumulative);
        }
    }
}
