package dev.rapport.sdk.history;

import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.TransactionInfo;
import dev.rapport.sdk.interaction.InteractionInfo;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * Reads the history of all customers, page by page in the order it was stored (ascending id), so that a
 * plugin enabled on an installation with years of data can build its state (scores, mined rules) from the past
 * and then follow the present through its {@link dev.rapport.sdk.extension.DomainEventListener}.
 *
 * <p><b>Why a walk of the records and not a replay of events:</b> the event outbox is pruned after a retention
 * period, while customers, transactions and interactions are kept; the records are the complete truth.
 *
 * <p><b>Catching up without a gap:</b> a plugin's listener is registered when the plugin starts, and from then
 * on it receives every event committed after that moment. Start the walk after that (in
 * {@link dev.rapport.sdk.RapportPlugin#start()} or later, e.g. in a background job): whatever the walk misses
 * because it was committed behind the walk's position arrives through the listener. A record can then be seen
 * twice (by the walk and as an event): handle both idempotently, by the record's id.
 *
 * <p><b>Cost:</b> each page is one index range read on the primary key, the same however deep; pages of a few
 * thousand rows read millions of records in seconds. Nothing is cached; no page holds a connection after it is
 * returned, so a walk may pause between pages for as long as it likes.
 *
 * <p><b>Threading:</b> every method may be called from any thread, typically a background job's.
 *
 * <p><b>Failure:</b> a database error is thrown as an unchecked exception of the data access layer; the walk
 * can continue from the last id it processed.
 *
 * @since 1.3.0
 */
public interface CustomerHistory {

    /** The largest page any method returns; a larger {@code limit} is lowered to it. */
    int MAX_PAGE = 10_000;

    /**
     * Customers with an id above {@code afterId}, by id.
     *
     * @param afterId the last id of the previous page, 0 for the first page
     * @param limit the page size, at most {@link #MAX_PAGE}
     * @return the next page; empty after the last one
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<CustomerInfo> customers(long afterId, int limit);

    /**
     * Transactions of every customer with an id above {@code afterId}, by id.
     *
     * @param afterId the last id of the previous page, 0 for the first page
     * @param limit the page size, at most {@link #MAX_PAGE}
     * @return the next page; empty after the last one
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<TransactionInfo> transactions(long afterId, int limit);

    /**
     * Interactions of every customer (corrections included: an entry whose {@code correctsId} is set replaces the
     * entry it names) with an id above {@code afterId}, by id.
     *
     * @param afterId the last id of the previous page, 0 for the first page
     * @param limit the page size, at most {@link #MAX_PAGE}
     * @return the next page; empty after the last one
     * @throws IllegalArgumentException if {@code limit} is not positive
     */
    List<InteractionInfo> interactions(long afterId, int limit);

    /**
     * Walks every transaction with an id above {@code afterId} in pages of {@link #MAX_PAGE}, handing each to
     * {@code action} in id order. If {@code action} throws, the walk stops and the exception propagates; the
     * transactions handed over before it were handled.
     *
     * @param afterId where to start, 0 for the beginning
     * @param action what to do with each transaction
     * @return the id of the last transaction handed over, or {@code afterId} when there was none
     */
    default long forEachTransaction(long afterId, Consumer<? super TransactionInfo> action) {
        return walk(afterId, this::transactions, TransactionInfo::id, action);
    }

    /**
     * Walks every interaction with an id above {@code afterId}, as {@link #forEachTransaction} walks transactions.
     *
     * @param afterId where to start, 0 for the beginning
     * @param action what to do with each interaction
     * @return the id of the last interaction handed over, or {@code afterId} when there was none
     */
    default long forEachInteraction(long afterId, Consumer<? super InteractionInfo> action) {
        return walk(afterId, this::interactions, InteractionInfo::id, action);
    }

    /**
     * Walks every customer with an id above {@code afterId}, as {@link #forEachTransaction} walks transactions.
     *
     * @param afterId where to start, 0 for the beginning
     * @param action what to do with each customer
     * @return the id of the last customer handed over, or {@code afterId} when there was none
     */
    default long forEachCustomer(long afterId, Consumer<? super CustomerInfo> action) {
        return walk(afterId, this::customers, CustomerInfo::id, action);
    }

    private static <T> long walk(long afterId, BiFunction<Long, Integer, List<T>> pages, ToLongFunction<T> idOf,
                                 Consumer<? super T> action) {
        long position = afterId;
        List<T> page;
        do {
            page = pages.apply(position, MAX_PAGE);
            for (T entry : page) {
                action.accept(entry);
                position = idOf.applyAsLong(entry);
            }
        } while (page.size() == MAX_PAGE);
        return position;
    }
}
