package dev.rapport.platform.interaction;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;

import dev.rapport.platform.customer.Money;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.platform.customer.TransactionService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A customer's timeline (interactions and transactions merged, newest first) and the key figures of the
 * 360° view. Each page is two index-range reads of at most {@code limit} rows, however long the history.
 */
public final class TimelineService {

    private static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::occurredAt).reversed()
            .thenComparing(TimelineEntry::rank)
            .thenComparing(Comparator.comparingLong(TimelineEntry::id).reversed());

    private final DSLContext dsl;
    private final Clock clock;

    public TimelineService(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The entries after {@code after} (null: from the newest), at most {@code limit}. */
    public List<TimelineEntry> timeline(long customerId, TimelineEntry after, int limit) {
        List<TimelineEntry> entries = new ArrayList<>(2 * limit);
        var correction = INTERACTION.as("correction");
        dsl.select(INTERACTION.fields()).select(correction.ID.as(InteractionService.CORRECTED_BY))
                .from(INTERACTION).leftJoin(correction).on(correction.CORRECTS_ID.eq(INTERACTION.ID))
                .where(INTERACTION.CUSTOMER_ID.eq(customerId)).and(interactionsAfter(after))
                .orderBy(INTERACTION.OCCURRED_AT.desc(), INTERACTION.ID.desc()).limit(limit)
                .forEach(r -> entries.add(new TimelineEntry.InteractionEntry(InteractionService.toInteraction(r))));
        dsl.selectFrom(CUSTOMER_TRANSACTION)
                .where(CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(customerId)).and(transactionsAfter(after))
                .orderBy(CUSTOMER_TRANSACTION.OCCURRED_AT.desc(), CUSTOMER_TRANSACTION.ID.desc()).limit(limit)
                .forEach(r -> entries.add(new TimelineEntry.TransactionEntry(TransactionService.toTransaction(r))));
        return merge(entries, List.of(), limit);
    }

    private static Condition interactionsAfter(TimelineEntry after) {
        return after(after, 0, INTERACTION.OCCURRED_AT, INTERACTION.ID);
    }

    private static Condition transactionsAfter(TimelineEntry after) {
        return after(after, 1, CUSTOMER_TRANSACTION.OCCURRED_AT, CUSTOMER_TRANSACTION.ID);
    }

    /**
     * The rows of a source of rank {@code rank} that come after {@code cursor}: at the cursor's instant, a source
     * ranked after the cursor's still owes all its rows, one ranked before it none.
     */
    private static Condition after(TimelineEntry cursor, int rank, Field<Instant> at, Field<Long> id) {
        if (cursor == null) {
            return DSL.noCondition();
        }
        if (rank != cursor.rank()) {
            return rank > cursor.rank() ? at.le(cursor.occurredAt()) : at.lt(cursor.occurredAt());
        }
        return at.lt(cursor.occurredAt()).or(at.eq(cursor.occurredAt()).and(id.lt(cursor.id())));
    }

    /** The first {@code limit} of the kernel's and the plugins' entries of one page, in the timeline's order. */
    public static List<TimelineEntry> merge(List<TimelineEntry> kernel, List<? extends TimelineEntry> plugins, int limit) {
        List<TimelineEntry> entries = new ArrayList<>(kernel.size() + plugins.size());
        entries.addAll(kernel);
        entries.addAll(plugins);
        entries.sort(NEWEST_FIRST);
        return entries.size() > limit ? List.copyOf(entries.subList(0, limit)) : entries;
    }

    /**
     * Three queries (four for a customer who never bought): revenue by currency, the transaction figures, the
     * interaction figures; each an index range over the customer's own rows.
     */
    public CustomerKeyFigures keyFigures(long customerId) {
        Instant yearAgo = clock.instant().minus(Duration.ofDays(365));
        Map<String, BigDecimal> revenue = new TreeMap<>();
        dsl.select(CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.CURRENCY, DSL.sum(CUSTOMER_TRANSACTION.AMOUNT))
                .from(CUSTOMER_TRANSACTION)
                .where(CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(customerId)).and(CUSTOMER_TRANSACTION.OCCURRED_AT.ge(yearAgo))
                .groupBy(CUSTOMER_TRANSACTION.KIND, CUSTOMER_TRANSACTION.CURRENCY)
                .forEach(r -> {
                    int sign = TransactionKind.valueOf(r.value1()).revenueSign();
                    if (sign != 0) {
                        revenue.merge(r.value2(), r.value3().multiply(BigDecimal.valueOf(sign)), BigDecimal::add);
                    }
                });
        var transactions = dsl.select(DSL.count(), DSL.min(DSL.when(CUSTOMER_TRANSACTION.KIND.in(
                                TransactionKind.PURCHASE.name(), TransactionKind.SUBSCRIPTION_START.name()),
                        CUSTOMER_TRANSACTION.OCCURRED_AT)))
                .from(CUSTOMER_TRANSACTION).where(CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(customerId)).fetchSingle();
        var interactions = dsl.select(DSL.max(INTERACTION.OCCURRED_AT), DSL.count()).from(INTERACTION)
                .where(INTERACTION.CUSTOMER_ID.eq(customerId)).fetchSingle();
        Instant firstPurchase = transactions.value2();
        Instant customerSince = firstPurchase != null ? firstPurchase
                : dsl.select(CUSTOMER.CREATED_AT).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).fetchSingle().value1();
        List<Money> revenueList = revenue.entrySet().stream().map(e -> new Money(e.getValue(), e.getKey())).toList();
        return new CustomerKeyFigures(customerSince, revenueList, interactions.value1(), interactions.value2(),
                transactions.value1());
    }
}
