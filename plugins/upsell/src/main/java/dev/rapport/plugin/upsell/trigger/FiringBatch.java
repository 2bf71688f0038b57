package dev.rapport.plugin.upsell.trigger;

import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The events of one delivered batch that some active rule may fire on, gathered by {@link TriggerEngine} while the
 * events are handed over and written together by {@link TriggerEngine#write}. Each listener has its own (it is used on
 * that listener's worker thread only).
 */
public final class FiringBatch {

    /**
     * One event the {@code candidates} match apart from the customer's stage; {@code matchesAt} gives, for the stage
     * read, whether a rule matches then. {@code amount}: a transaction's, else null; {@code transactionId} likewise.
     */
    record Pending(long sequence, long customerId, Instant at, Long interactionId, Money amount, Long transactionId,
                   List<TriggerRule> candidates, Function<LifecycleStage, Predicate<TriggerRule>> matchesAt) {
    }

    private final List<Pending> pending = new ArrayList<>();

    void add(Pending event) {
        pending.add(event);
    }

    /** The gathered events, in the order they came. */
    List<Pending> pending() {
        return List.copyOf(pending);
    }

    /** Forgets the gathered events: written, or to be gathered again from the redelivered ones. */
    void clear() {
        pending.clear();
    }
}
