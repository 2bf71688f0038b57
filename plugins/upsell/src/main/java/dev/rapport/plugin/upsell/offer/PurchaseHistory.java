package dev.rapport.plugin.upsell.offer;

import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.customer.TransactionKind;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/** Which products customers hold: what they bought or subscribed to, read from the kernel's history. */
public final class PurchaseHistory {

    private static final int PAGE = 2000;
    private static final int CUSTOMER_READ = 500;

    private final PluginContext context;

    public PurchaseHistory(PluginContext context) {
        this.context = context;
    }

    static boolean acquires(TransactionInfo transaction) {
        return transaction.productId() != null && (transaction.kind() == TransactionKind.PURCHASE
                || transaction.kind() == TransactionKind.SUBSCRIPTION_START);
    }

    /**
     * Every customer's products acquired before {@code before}, walking all transactions by id; {@code progress}
     * hears the count read so far.
     */
    public Map<Long, int[]> all(Instant before, BooleanSupplier cancelled, LongConsumer progress) {
        Map<Long, int[]> holdings = new HashMap<>();
        long after = 0;
        long read = 0;
        while (!cancelled.getAsBoolean()) {
            List<TransactionInfo> page = context.history().transactions(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (TransactionInfo transaction : page) {
                if (acquires(transaction) && transaction.occurredAt().isBefore(before)) {
                    holdings.merge(transaction.customerId(), new int[] {Math.toIntExact(transaction.productId())},
                            PurchaseHistory::union);
                }
            }
            after = page.getLast().id();
            read += page.size();
            progress.accept(read);
        }
        if (cancelled.getAsBoolean()) {
            throw new java.util.concurrent.CancellationException("cancelled");
        }
        return holdings;
    }

    /** The products one customer holds (from their latest transactions). */
    public Set<Long> of(long customerId) {
        Set<Long> held = new HashSet<>();
        for (TransactionInfo transaction : context.customers().transactions(customerId, null, CUSTOMER_READ)) {
            if (acquires(transaction)) {
                held.add(transaction.productId());
            }
        }
        return held;
    }

    private static int[] union(int[] held, int[] added) {
        for (int item : held) {
            if (item == added[0]) {
                return held;
            }
        }
        int[] grown = Arrays.copyOf(held, held.length + 1);
        grown[held.length] = added[0];
        return grown;
    }
}
