package dev.rapport.platform.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The one source of randomness of a demo run. Every generator draws from it in a fixed order, so the
 * same seed gives the same data.
 */
final class DemoRandom {

    private final SplittableRandom random;

    DemoRandom(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A uniform number in [0, 1). */
    double fraction() {
        return random.nextDouble();
    }

    int between(int minInclusive, int maxInclusive) {
        return random.nextInt(minInclusive, maxInclusive + 1);
    }

    long between(long minInclusive, long maxInclusive) {
        return minInclusive >= maxInclusive ? minInclusive : random.nextLong(minInclusive, maxInclusive + 1);
    }

    int digit() {
        return random.nextInt(10);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Picks with a bias towards the start of the list: lists are ordered from most to least common. */
    <T> T pickCommon(List<T> items) {
        return items.get(Math.min(random.nextInt(items.size()), random.nextInt(items.size())));
    }

    /**
     * A whole number with an exponential distribution: many small values, few large ones. StrictMath, unlike
     * Math, gives the same result on every JVM and CPU, so a seed means the same data everywhere.
     */
    int exponential(double mean) {
        return (int) (-mean * StrictMath.log(1 - random.nextDouble()));
    }

    /** A number between {@code min} and {@code max} whose logarithm is uniform: as many tens as thousands. */
    double logUniform(double min, double max) {
        return min * StrictMath.exp(random.nextDouble() * StrictMath.log(max / min));
    }
}
