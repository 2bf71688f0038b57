package dev.rapport.plugin.upsell.trigger;

import static dev.rapport.plugin.upsell.db.Tables.UPS_OPPORTUNITY;
import static dev.rapport.plugin.upsell.db.Tables.UPS_SEEN_TRANSACTION;

import dev.rapport.plugin.upsell.db.tables.records.UpsSeenTransactionRecord;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.event.TransactionRecorded;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The recorded transactions the engine saw, kept {@link #KEPT} for "Test the rule". They are written in batches, one
 * statement and one commit per {@value #BATCH} transactions or once the oldest waited {@link #MAX_WAIT} (checked as the
 * next one arrives), not one commit per event: a commit each held the engine to a few hundred events a second. Until
 * written they are in memory only, so a crash loses the last few, which only a rule test would have shown; a rule test
 * and the plugin's stop {@linkplain #flush() write them} first. The sales the plugin recorded itself (won
 * opportunities' transactions) are left out.
 */
final class SeenTransactions {

    static final Duration KEPT = Duration.ofDays(35);
    private static final int BATCH = 200;
    private static final Duration MAX_WAIT = Duration.ofMillis(200);
    /** How often, and how many at most, transactions older than {@link #KEPT} are deleted while events arrive. */
    private static final Duration PRUNE_EVERY = Duration.ofSeconds(10);
    private static final int PRUNED = 1000;

    private final PluginContext context;
    private final List<UpsSeenTransactionRecord> unsaved = new ArrayList<>();
    private long firstUnsavedNanos;
    private long lastPrunedNanos = System.nanoTime() - PRUNE_EVERY.toNanos();

    SeenTransactions(PluginContext context) {
        this.context = context;
    }

    synchronized void add(TransactionRecorded event, long sequence) {
        if (unsaved.isEmpty()) {
            firstUnsavedNanos = System.nanoTime();
        }
        unsaved.add(new UpsSeenTransactionRecord(event.transactionId(), sequence, event.customerId(),
                event.kind().name(), event.amount(), event.currency(), event.productId(), event.occurredAt()));
        if (unsaved.size() >= BATCH || System.nanoTime() - firstUnsavedNanos >= MAX_WAIT.toNanos()) {
            flush();
        }
    }

    /** Writes the transactions seen and not written yet (a redelivered one is there already and stays as it is). */
    synchronized void flush() {
        if (unsaved.isEmpty()) {
            return;
        }
        Set<Long> sales = Set.copyOf(context.dsl().select(UPS_OPPORTUNITY.TRANSACTION_ID).from(UPS_OPPORTUNITY)
                .where(UPS_OPPORTUNITY.TRANSACTION_ID.in(unsaved.stream().map(UpsSeenTransactionRecord::getTransactionId)
                        .toList())).fetch(UPS_OPPORTUNITY.TRANSACTION_ID));
        var insert = context.dsl().insertInto(UPS_SEEN_TRANSACTION, UPS_SEEN_TRANSACTION.TRANSACTION_ID,
                UPS_SEEN_TRANSACTION.EVENT_SEQ, UPS_SEEN_TRANSACTION.CUSTOMER_ID, UPS_SEEN_TRANSACTION.KIND,
                UPS_SEEN_TRANSACTION.AMOUNT, UPS_SEEN_TRANSACTION.CURRENCY, UPS_SEEN_TRANSACTION.PRODUCT_ID,
                UPS_SEEN_TRANSACTION.OCCURRED_AT);
        boolean any = false;
        for (UpsSeenTransactionRecord seen : unsaved) {
            if (!sales.contains(seen.getTransactionId())) {
                insert = insert.values(seen.getTransactionId(), seen.getEventSeq(), seen.getCustomerId(), seen.getKind(),
                        seen.getAmount(), seen.getCurrency(), seen.getProductId(), seen.getOccurredAt());
                any = true;
            }
        }
        if (any) {
            insert.onDuplicateKeyIgnore().execute();
        }
        unsaved.clear();
        if (System.nanoTime() - lastPrunedNanos >= PRUNE_EVERY.toNanos()) {
            lastPrunedNanos = System.nanoTime();
            context.dsl().deleteFrom(UPS_SEEN_TRANSACTION)
                    .where(UPS_SEEN_TRANSACTION.OCCURRED_AT.lt(context.clock().instant().minus(KEPT))).limit(PRUNED)
                    .execute();
        }
    }
}
