package dev.rapport.bench;

import dev.rapport.plugin.upsell.offer.Offer;
import dev.rapport.plugin.upsell.offer.OfferRanker;
import dev.rapport.plugin.upsell.offer.mining.AssociationRule;
import dev.rapport.plugin.upsell.offer.mining.FpGrowth;
import dev.rapport.plugin.upsell.offer.mining.FrequentItemsets;
import dev.rapport.plugin.upsell.offer.mining.RuleGenerator;
import dev.rapport.sdk.customer.ProductInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The up-sell plugin's next-best offers against the "most popular products" baseline, through its own
 * {@link FpGrowth}, {@link RuleGenerator} and {@link OfferRanker} with its default settings (support 1 %, confidence
 * 20 %, lift above 1, itemsets of up to 4). A seeded purchase history over two years (customers of six tastes buying
 * from eight product families of five tiers, moving a tier up now and then) is split at 90 days before its end: the
 * rules are mined from what each customer held before, and an offer is a hit when the customer bought the product
 * in the last 90 days. Hit rate at 3: the share of customers who bought something new in those 90 days of whom at
 * least one of the top 3 offers was bought; the baseline offers the 3 most held products the customer does not hold.
 * Mining time and the heap's peak (all heap pools, reset before mining) are measured on the whole history.
 * <p>{@code java -Xmx1g -cp 'bench/target/rapport-bench.jar:bench/target/lib/*' dev.rapport.bench.UpsellOfferBench
 * [customers, default 1000000]}
 */
public final class UpsellOfferBench {

    private static final int FAMILIES = 8;
    private static final int TIERS = 5;
    private static final int TASTES = 6;
    private static final int DAYS = 730;
    private static final int HOLD_OUT_DAYS = 90;
    private static final int SHOWN = 3;

    private UpsellOfferBench() {
    }

    /** One purchase: the product (1-based, family * TIERS + tier + 1) and its day (0 .. DAYS - 1). */
    private record Purchase(int product, int day) {
    }

    public static void main(String[] args) {
        int customers = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Random random = new Random(42);
        List<ProductInfo> catalogue = catalogue();
        int[][] tastes = tastes();
        List<int[]> allBaskets = new ArrayList<>(customers);
        List<int[]> trainBaskets = new ArrayList<>(customers);
        List<int[]> holdOut = new ArrayList<>(customers);
        long purchases = 0;
        for (int customer = 0; customer < customers; customer++) {
            List<Purchase> history = history(random, tastes[random.nextInt(TASTES)]);
            purchases += history.size();
            allBaskets.add(history.stream().mapToInt(Purchase::product).distinct().toArray());
            int[] before = history.stream().filter(p -> p.day() < DAYS - HOLD_OUT_DAYS).mapToInt(Purchase::product)
                    .distinct().toArray();
            Set<Integer> held = new HashSet<>();
            Arrays.stream(before).forEach(held::add);
            trainBaskets.add(before);
            holdOut.add(history.stream().filter(p -> p.day() >= DAYS - HOLD_OUT_DAYS).mapToInt(Purchase::product)
                    .filter(product -> !held.contains(product)).distinct().toArray());
        }

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        List<AssociationRule> wholeHistory = mine(allBaskets);
        double miningSeconds = (System.nanoTime() - start) / 1e9;
        long heapPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        OfferRanker ranker = new OfferRanker(mine(trainBaskets), catalogue);
        Integer[] popular = popularity(trainBaskets);
        long evaluated = 0;
        long offeredHits = 0;
        long baselineHits = 0;
        long withOffers = 0;
        for (int customer = 0; customer < customers; customer++) {
            int[] bought = holdOut.get(customer);
            if (bought.length == 0) {
                continue;
            }
            evaluated++;
            Set<Long> held = new HashSet<>();
            Arrays.stream(trainBaskets.get(customer)).forEach(product -> held.add((long) product));
            List<Offer> offers = ranker.rank(held, Set.of(), SHOWN);
            withOffers += offers.isEmpty() ? 0 : 1;
            if (offers.stream().anyMatch(offer -> contains(bought, (int) offer.productId()))) {
                offeredHits++;
            }
            if (Arrays.stream(popular).filter(product -> !held.contains((long) product)).limit(SHOWN)
                    .anyMatch(product -> contains(bought, product))) {
                baselineHits++;
            }
        }
        Machine machine = Machine.current();
        System.out.printf("Up-sell offers bench on %d cores, %s: %s customers, %s purchases (seed 42)%n",
                machine.cores(), machine.jdk(), Format.count(customers), Format.count(purchases));
        System.out.printf("  mining the whole history: %s s, heap peak %s MB, %s rules (targets: ≤ 120 s, ≤ 512 MB)%n",
                Format.number(miningSeconds), Format.count(heapPeak / (1024 * 1024)), Format.count(wholeHistory.size()));
        System.out.printf("  hold-out: last %d days, %s customers bought something new, %s of them had offers%n",
                HOLD_OUT_DAYS, Format.count(evaluated), Format.count(withOffers));
        System.out.printf("  hit rate at %d: FP-Growth offers %s %%, most popular products %s %%%n", SHOWN,
                Format.number(100.0 * offeredHits / Math.max(1, evaluated)),
                Format.number(100.0 * baselineHits / Math.max(1, evaluated)));
    }

    private static List<AssociationRule> mine(List<int[]> baskets) {
        long minSupport = Math.max(2, (long) Math.ceil(0.01 * baskets.size()));
        FrequentItemsets itemsets = new FpGrowth(minSupport, 4, () -> false).mine(baskets);
        return RuleGenerator.rules(itemsets, 0.20, 1.0);
    }

    /** Products by how many customers hold them, most first. */
    private static Integer[] popularity(List<int[]> baskets) {
        long[] counts = new long[FAMILIES * TIERS + 1];
        baskets.forEach(basket -> Arrays.stream(basket).forEach(product -> counts[product]++));
        Integer[] products = new Integer[FAMILIES * TIERS];
        for (int i = 0; i < products.length; i++) {
            products[i] = i + 1;
        }
        Arrays.sort(products, Comparator.comparingLong((Integer product) -> counts[product]).reversed());
        return products;
    }

    /** Each taste prefers three families, the first most. */
    private static int[][] tastes() {
        int[][] tastes = new int[TASTES][];
        for (int taste = 0; taste < TASTES; taste++) {
            tastes[taste] = new int[] {taste % FAMILIES, (taste + 2) % FAMILIES, (taste + 5) % FAMILIES};
        }
        return tastes;
    }

    /**
     * About three purchases over two years: an entry tier in the taste's families (now and then any family), and
     * after a purchase, with some chance, the next tier of the same family later.
     */
    private static List<Purchase> history(Random random, int[] taste) {
        List<Purchase> history = new ArrayList<>();
        int starts = 1 + random.nextInt(3);
        for (int i = 0; i < starts; i++) {
            int family = random.nextDouble() < 0.85 ? taste[Math.min(random.nextInt(4), 2)] : random.nextInt(FAMILIES);
            int tier = random.nextDouble() < 0.7 ? 0 : 1;
            int day = random.nextInt(DAYS);
            history.add(new Purchase(family * TIERS + tier + 1, day));
            while (tier < TIERS - 1 && random.nextDouble() < 0.45) {
                tier++;
                day += 30 + random.nextInt(240);
                if (day >= DAYS) {
                    break;
                }
                history.add(new Purchase(family * TIERS + tier + 1, day));
            }
        }
        return history;
    }

    private static List<ProductInfo> catalogue() {
        List<ProductInfo> products = new ArrayList<>();
        for (int family = 0; family < FAMILIES; family++) {
            for (int tier = 0; tier < TIERS; tier++) {
                long id = family * TIERS + tier + 1;
                products.add(new ProductInfo(id, "P" + id, "Product " + id, "Family " + family,
                        BigDecimal.valueOf(100L * (tier + 1)), BigDecimal.valueOf(50L * (tier + 1)), "EUR", true));
            }
        }
        return products;
    }

    private static boolean contains(int[] products, int product) {
        for (int candidate : products) {
            if (candidate == product) {
                return true;
            }
        }
        return false;
    }
}
