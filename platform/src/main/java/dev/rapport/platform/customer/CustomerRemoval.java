package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.APPOINTMENT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_FACET;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.security.Role;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Deletes customers with everything the kernel keeps about them (contact data, contact persons, interactions,
 * transactions, tasks, appointments, segment facet values) in one transaction per customer, with a {@link CustomerDeleted}
 * event that tells plugins to delete their own rows, and an audit entry.
 */
public final class CustomerRemoval {

    private final DSLContext dsl;
    private final CustomerService customers;
    private final EventOutbox outbox;
    private final AuditLog audit;

    public CustomerRemoval(DSLContext dsl, CustomerService customers, EventOutbox outbox, AuditLog audit) {
        this.dsl = dsl;
        this.customers = customers;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Whether {@code actor} may delete {@code customer}: managers and administrators, for customers they may change. */
    public boolean canDelete(Customer customer, Actor actor) {
        return actor.has(Role.MANAGER) && customers.canEdit(customer, actor);
    }

    /** Deletes the customer in a transaction of its own. */
    public void delete(long customerId, Actor actor) {
        dsl.transaction(configuration -> delete(configuration.dsl(), customerId, actor));
    }

    /**
     * Deletes the customer inside the caller's transaction {@code tx}: its rows, event and audit entry commit together.
     *
     * @throws NotFoundException when the customer is gone
     * @throws dev.rapport.sdk.error.AccessDeniedException when {@code actor} may not delete it
     */
    public void delete(DSLContext tx, long customerId, Actor actor) {
        // Locks the row first: a concurrent save of the customer waits, and a concurrent delete finds nothing.
        tx.select(CUSTOMER.ID).from(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new NotFoundException("Customer", customerId));
        Customer customer = customers.find(tx, customerId).orElseThrow(() -> new NotFoundException("Customer", customerId));
        Permissions.require(canDelete(customer, actor), actor, "delete customer " + customerId);
        var interactions = tx.select(INTERACTION.ID).from(INTERACTION).where(INTERACTION.CUSTOMER_ID.eq(customerId));
        tx.deleteFrom(APPOINTMENT).where(APPOINTMENT.CUSTOMER_ID.eq(customerId)).execute();
        tx.deleteFrom(TASK).where(TASK.CUSTOMER_ID.eq(customerId)).or(TASK.INTERACTION_ID.in(interactions)).execute();
        // Newest first: a correction refers to the entry it corrects, which must outlive it.
        tx.deleteFrom(INTERACTION).where(INTERACTION.CUSTOMER_ID.eq(customerId)).orderBy(INTERACTION.ID.desc()).execute();
        tx.deleteFrom(CUSTOMER_TRANSACTION).where(CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(customerId)).execute();
        tx.deleteFrom(CUSTOMER_CONTACT).where(CUSTOMER_CONTACT.CUSTOMER_ID.eq(customerId)).execute();
        // By primary key per facet: the table is keyed by facet first and has no index on the customer alone.
        List<String> facetKeys = tx.selectDistinct(CUSTOMER_FACET.FACET_KEY).from(CUSTOMER_FACET).fetch(CUSTOMER_FACET.FACET_KEY);
        if (!facetKeys.isEmpty()) {
            tx.deleteFrom(CUSTOMER_FACET).where(CUSTOMER_FACET.FACET_KEY.in(facetKeys))
                    .and(CUSTOMER_FACET.CUSTOMER_ID.eq(customerId)).execute();
        }
        // Emails, phones, addresses and tags go with the row (ON DELETE CASCADE).
        tx.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).execute();
        outbox.append(tx, new CustomerDeleted(customerId, customer.displayName()), EventTypes.KERNEL);
        audit.record(tx, actor, AuditAction.CUSTOMER_DELETED, "customer", customerId, customer.displayName());
    }
}
