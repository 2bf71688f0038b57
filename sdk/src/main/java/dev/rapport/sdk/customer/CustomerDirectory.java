package dev.rapport.sdk.customer;

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
}
