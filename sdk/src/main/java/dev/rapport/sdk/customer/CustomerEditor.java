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
     * Records a transaction in the customer's history inside the caller's transaction, with the kernel's
     * validation and its {@link dev.rapport.sdk.event.TransactionRecorded} event, as the acting user
     * (an agent or more; the system in a listener, job or public endpoint). The source system is
     * {@code plugin:<plugin-id>}; a transaction already recorded by the plugin with the same
     * {@link NewTransaction#externalRef()} is returned instead of being stored again.
     *
     * @param transaction the caller's jOOQ transaction
     * @param newTransaction what to record
     * @return the recorded transaction (or the one recorded earlier with the same reference)
     * @throws dev.rapport.sdk.error.ValidationException if it is malformed (fields named {@code amount},
     *         {@code currency}, {@code occurredAt}, {@code productId}, {@code customerId}, {@code externalRef})
     * @throws dev.rapport.sdk.error.AccessDeniedException if the acting user may not record transactions
     * @throws UnsupportedOperationException on a platform older than 1.3.0
     * @since 1.3.0
     */
    default TransactionInfo recordTransaction(DSLContext transaction, NewTransaction newTransaction) {
        throw new UnsupportedOperationException("Recording transactions needs a Rapport platform with SDK 1.3.0");
    }
}
