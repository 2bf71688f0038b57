package dev.rapport.sdk.customer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Read access to customers, their contact persons, the product catalogue and the transaction history.
 *
 * <p>Every method reads committed data from the database; none caches. Methods may be called from any
 * thread. Lists are bounded: a {@code limit} above 500 is lowered to 500.
 *
 * @since 1.0.0
 */
public interface CustomerDirectory {

    /**
     * A customer by id.
     *
     * @param customerId the id
     * @return the customer, or empty if there is none with this id
     */
    Optional<CustomerInfo> find(long customerId);

    /**
     * Customers by id in one read (the cards of a board, the rows of a list), instead of one {@link #find} each.
     *
     * @param customerIds the ids, at most a few hundred
     * @return the customers found, in the order given; ids without a customer are left out
     * @since 1.3.0
     */
    default List<CustomerInfo> findAll(List<Long> customerIds) {
        return customerIds.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    /**
     * Customers whose name ("Smith J" or "John Sm"), email address or phone number starts with {@code text};
     * the kind of search follows the text (an {@code @} means email, mostly digits a phone number).
     *
     * @param text what the user typed
     * @param limit the most results to return
     * @return the matches, by name
     */
    List<CustomerInfo> search(String text, int limit);

    /**
     * The contact persons of an organisation customer, active ones first.
     *
     * @param customerId the organisation's id
     * @return its contacts; empty for persons
     */
    List<ContactInfo> contacts(long customerId);

    /**
     * The whole product catalogue, by family and name.
     *
     * @return every product, including discontinued ones
     */
    List<ProductInfo> products();

    /**
     * A customer's transactions, newest first, one page at a time (keyset paging: pass the last entry of
     * the previous page as {@code after}).
     *
     * @param customerId the customer
     * @param after the last transaction of the previous page, or null for the first page
     * @param limit the page size
     * @return the next page; empty after the last one
     */
    List<TransactionInfo> transactions(long customerId, TransactionInfo after, int limit);

    /**
     * One page of the customers {@code query} selects, oldest first (creation time, then id), continuing after
     * {@code after} (keyset paging: pass the last customer of the previous page). Use it to walk a segment, e.g.
     * to build a campaign's target list, page by page; every page costs the same however deep.
     *
     * @param query which customers; {@link CustomerQuery#ALL} for every one
     * @param after the last customer of the previous page, or null for the first page
     * @param limit the page size, at most 500
     * @return the next page; empty after the last one
     * @since 1.2.0
     */
    List<CustomerInfo> list(CustomerQuery query, CustomerInfo after, int limit);

    /**
     * Customers having {@code email} (compared case-insensitively with every address they have, not only the
     * primary one) or {@code phone} (compared as a normalised international number with every number they
     * have): the candidates of a duplicate check.
     *
     * @param email an email address, or null
     * @param phone a phone number as {@link #normalisePhone} returns it, or null
     * @param limit the most customers to return, at most 500
     * @return the matching customers by name; empty when both are null
     * @since 1.2.0
     */
    List<CustomerInfo> findByEmailOrPhone(String email, String phone, int limit);

    /**
     * A phone number checked and normalised the way the kernel stores customers' numbers, so a plugin can keep
     * and compare numbers in the same form. Numbers without a leading {@code +} are read as numbers of
     * {@code countryCode}, or of the platform's default region when it is null.
     *
     * @param number the number as typed
     * @param countryCode an ISO 3166 alpha-2 code such as {@code CH}, or null
     * @return the number in international format (e.g. {@code +41 44 668 18 00}), or empty when it is not a
     *         valid number
     * @since 1.2.0
     */
    Optional<String> normalisePhone(String number, String countryCode);

    /**
     * The revenue of customers in a period: purchases and subscription starts minus refunds (see
     * {@link TransactionKind#revenueSign()}), one total per currency (amounts in different currencies are never
     * added up). One grouped query, for reports such as a campaign's return on investment.
     *
     * @param customerIds the customers, at most 1,000 (ask in batches for more)
     * @param from the first instant counted, inclusive
     * @param to the end of the period, exclusive
     * @return a total per currency that has transactions, by currency code; empty when there are none
     * @throws IllegalArgumentException if more than 1,000 customers are given
     * @since 1.2.0
     */
    List<RevenueTotal> revenue(Collection<Long> customerIds, Instant from, Instant to);
}
