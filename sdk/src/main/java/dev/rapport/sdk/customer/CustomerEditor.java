package dev.rapport.sdk.customer;

import org.jooq.DSLContext;

/**
 * Creates customers and adds to existing ones, through the kernel's customer service: the same validation,
 * permission checks, {@link dev.rapport.sdk.event.CustomerCreated}/{@link dev.rapport.sdk.event.CustomerUpdated}
 * events and audit entries as a user's edit in the web application. A plugin never writes kernel tables itself.
 *
 * <p><b>Who acts:</b> the current user during a request (their role decides: read-only users create nothing,
 * agents only customers they or nobody own, see {@link dev.rapport.sdk.security.Security}); the system in a
 * listener or on a public endpoint.
 * <p><b>Transactions:</b> every method has a variant taking the caller's jOOQ transaction: the change, its
 * event and its audit entry are then written if, and only if, that transaction commits, so a plugin can create a
 * customer and mark its own record (e.g. a converted lead) atomically:
 * <pre>{@code
 * context.dsl().transaction(tx -> {
 *     CustomerInfo customer = context.customerEditor().create(tx.dsl(), newCustomer);
 *     tx.dsl().update(ACQ_LEAD).set(ACQ_LEAD.CUSTOMER_ID, customer.id()).where(...).execute();
 * });
 * }</pre>
 * Inside the caller's transaction the kernel also reads through it (validation sees a customer created earlier in
 * it, and the database as of the transaction's first read, as MariaDB's repeatable reads do).
 * <p><b>Threading:</b> methods may be called from any thread. <b>Failure:</b> nothing is written when a method
 * throws; an exception inside the caller's transaction rolls back the caller's changes too.
 *
 * @since 1.2.0
 */
public interface CustomerEditor {

    /**
     * Creates a customer (with its contact persons, for an organisation) in a transaction of its own.
     *
     * @param customer the customer
     * @return the stored customer
     * @throws dev.rapport.sdk.error.ValidationException if the customer is incomplete or malformed; every problem
     *         is reported, fields named as in the kernel ({@code lastName}, {@code emails[0]},
     *         {@code contacts[0].email}, ...)
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not create it (or not for
     *         this owner)
     */
    CustomerInfo create(NewCustomer customer);

    /**
     * Creates a customer inside the caller's transaction.
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param customer the customer
     * @return the stored customer, as seen inside the transaction
     * @throws dev.rapport.sdk.error.ValidationException if the customer is incomplete or malformed
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not create it
     */
    CustomerInfo create(DSLContext transaction, NewCustomer customer);

    /**
     * Adds the email addresses, phone numbers and tags a customer does not have yet, and a contact person, in a
     * transaction of its own. Nothing changes (and no event is written) when the customer has them all.
     *
     * @param customerId the customer
     * @param details what to add
     * @return the customer after the change
     * @throws dev.rapport.sdk.error.NotFoundException if there is no such customer
     * @throws dev.rapport.sdk.error.ValidationException if an address or number is malformed, the customer would
     *         have too many, or a contact person is given for a person customer
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not change this customer
     * @throws dev.rapport.sdk.error.ConcurrentEditException if someone saved the customer at the same moment
     */
    CustomerInfo addContactDetails(long customerId, ContactDetails details);

    /**
     * Adds contact details inside the caller's transaction (see {@link #addContactDetails(long, ContactDetails)}).
     *
     * @param transaction the jOOQ context of the caller's transaction
     * @param customerId the customer
     * @param details what to add
     * @return the customer after the change, as seen inside the transaction
     */
    CustomerInfo addContactDetails(DSLContext transaction, long customerId, ContactDetails details);

    /**
     * Records whether a customer agrees to receive marketing, e.g. after they unsubscribed from a campaign; the
     * kernel keeps the time of the change. Nothing changes when the customer's consent is already {@code consent}.
     * Withdrawing consent is allowed to everyone who may log contacts (agents and above, and the system): nobody
     * may go on marketing to a customer who said no. Granting it needs the right to change the customer.
     *
     * @param customerId the customer
     * @param consent true if they agree
     * @return the customer after the change
     * @throws dev.rapport.sdk.error.NotFoundException if there is no such customer
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not make this change
     */
    CustomerInfo setMarketingConsent(long customerId, boolean consent);

    /**
     * Records a transaction of a customer (e.g. the sale an opportunity won) through the kernel's transaction service,
     * in the plugin's jOOQ transaction {@code transaction}: the plugin's own change and the kernel's row and its
     * {@link dev.rapport.sdk.event.TransactionRecorded} event commit together or not at all. The transaction is
     * identified by the plugin's id as source system and {@code externalRef}: recording the same reference twice
     * stores it once and returns the stored one, so a retried call is harmless. Needs an agent or above (or the
     * plugin's own identity); runs on the calling thread.
     *
     * @param transaction the plugin's jOOQ transaction ({@code configuration.dsl()} inside {@code transactionResult})
     * @param newTransaction what to record
     * @return the transaction as stored
     * @throws dev.rapport.sdk.error.ValidationException if the amount, currency or time is not acceptable
     * @throws dev.rapport.sdk.error.NotFoundException if there is no such customer
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not record transactions
     * @since 1.3.0
     */
    TransactionInfo recordTransaction(DSLContext transaction, NewTransaction newTransaction);
}
