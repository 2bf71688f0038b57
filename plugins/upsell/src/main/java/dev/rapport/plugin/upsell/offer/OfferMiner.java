package dev.rapport.plugin.upsell.offer;

import static dev.rapport.plugin.upsell.db.Tables.UPS_ASSOC_RULE;
import static dev.rapport.plugin.upsell.db.Tables.UPS_MINING_RUN;

import dev.rapport.plugin.upsell.offer.mining.AssociationRule;
import dev.rapport.plugin.upsell.offer.mining.FpGrowth;
import dev.rapport.plugin.upsell.offer.mining.FrequentItemsets;
import dev.rapport.plugin.upsell.offer.mining.RuleGenerator;
import dev.rapport.sdk.PluginContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Mines association rules from every customer's holdings with FP-Growth, at the settings' minimum support and
 * confidence (and a lift above 1: a rule no better than chance is weak), and replaces the stored rules in one
 * commit, so offers never see half a run.
 */
public final class OfferMiner {

    /** The largest antecedent plus consequent: offers explain themselves in a few products. */
    static final int MAX_ITEMSET = 4;
    private static final double MIN_LIFT = 1.0;
    private static final int BATCH = 500;

    /** What one run saw and found. */
    public record Result(int customers, int rules, long millis) {
    }

    /** Where a run reports how far it got. */
    public interface Progress {
        void report(long done, long total, String message);
    }

    private final PluginContext context;
    private final PurchaseHistory history;
    private final UpsellSettings settings;

    public OfferMiner(PluginContext context, PurchaseHistory history, UpsellSettings settings) {
        this.context = context;
        this.history = history;
        this.settings = settings;
    }

    /** Mines the rules from the holdings acquired before {@code before}, without storing them. */
    public List<AssociationRule> mine(Instant before, BooleanSupplier cancelled, Progress progress) {
        return mined(before, cancelled, progress).rules();
    }

    /** Mines the whole history and stores the rules. */
    public Result run(BooleanSupplier cancelled, Progress progress) {
        long started = System.nanoTime();
        Mined mined = mined(context.clock().instant(), cancelled, progress);
        long millis = (System.nanoTime() - started) / 1_000_000;
        store(mined, millis);
        return new Result(mined.customers(), mined.rules().size(), millis);
    }

    private record Mined(int customers, long holdings, List<AssociationRule> rules) {
    }

    private Mined mined(Instant before, BooleanSupplier cancelled, Progress progress) {
        Map<Long, int[]> holdings = history.all(before, cancelled, read -> progress.report(read, 0, "transactions"));
        List<int[]> baskets = new ArrayList<>(holdings.values());
        long minSupport = Math.max(2, (long) Math.ceil(settings.minSupport() * baskets.size()));
        FrequentItemsets itemsets = new FpGrowth(minSupport, MAX_ITEMSET, cancelled).mine(baskets);
        long held = baskets.stream().mapToLong(basket -> basket.length).sum();
        return new Mined(baskets.size(), held, RuleGenerator.rules(itemsets, settings.minConfidence(), MIN_LIFT));
    }

    private void store(Mined mined, long millis) {
        List<AssociationRule> rules = mined.rules();
        context.dsl().transaction(configuration -> {
            var tx = configuration.dsl();
            tx.deleteFrom(UPS_ASSOC_RULE).execute();
            for (int from = 0; from < rules.size(); from += BATCH) {
                var insert = tx.insertInto(UPS_ASSOC_RULE, UPS_ASSOC_RULE.ANTECEDENT, UPS_ASSOC_RULE.CONSEQUENT,
                        UPS_ASSOC_RULE.SUPPORT_COUNT, UPS_ASSOC_RULE.SUPPORT, UPS_ASSOC_RULE.CONFIDENCE, UPS_ASSOC_RULE.LIFT);
                for (AssociationRule rule : rules.subList(from, Math.min(rules.size(), from + BATCH))) {
                    insert = insert.values(rule.antecedent().stream().map(String::valueOf).collect(Collectors.joining(",")),
                            (long) rule.consequent(), Math.toIntExact(rule.supportCount()), rule.support(),
                            rule.confidence(), rule.lift());
                }
                insert.execute();
            }
            tx.insertInto(UPS_MINING_RUN).set(UPS_MINING_RUN.FINISHED_AT, context.clock().instant())
                    .set(UPS_MINING_RUN.CUSTOMERS, mined.customers())
                    .set(UPS_MINING_RUN.HOLDINGS, mined.holdings()).set(UPS_MINING_RUN.RULES, rules.size())
                    .set(UPS_MINING_RUN.MILLIS, millis).execute();
        });
    }
}
