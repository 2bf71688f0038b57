package dev.rapport.platform.customer;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_ADDRESS;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_PHONE;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TAG;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_TRANSACTION;
import static dev.rapport.platform.internal.db.Tables.INTERACTION;
import static dev.rapport.platform.internal.db.Tables.MAIL_OUTBOX;
import static dev.rapport.platform.internal.db.Tables.APPOINTMENT;
import static dev.rapport.platform.internal.db.Tables.TASK;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.event.EventOutbox;
import dev.rapport.platform.event.EventTypes;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.CustomerMerged;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Merges two records of the same customer: the survivor keeps its own master data and gains the other's email
 * addresses, phone numbers, addresses, tags, contact persons, interactions, transactions and tasks; the other
 * record is removed. One transaction; a {@link CustomerMerged} event tells plugins to move their own rows.
 */
public final class CustomerMerger {

    private final DSLContext dsl;
    private final Clock clock;
    private final CustomerService customers;
    private final EventOutbox outbox;
    private final AuditLog audit;

    public CustomerMerger(DSLContext dsl, Clock clock, CustomerService customers, EventOutbox outbox, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.customers = customers;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Merges {@code mergedId} into {@code survivorId}; managers and administrators, for customers they may change. */
    public Customer merge(long survivorId, long mergedId, Actor actor) {
        Permissions.require(actor, Role.MANAGER, "merge customers");
        if (survivorId == mergedId) {
            throw new ValidationException(List.of(FieldError.of("mergedId", "validation.mergeSelf")));
        }
        Customer survivor = customers.get(survivorId);
        Customer merged = customers.get(mergedId);
        Permissions.require(customers.canEdit(survivor, actor) && customers.canEdit(merged, actor), actor,
                "merge these customers");
        if (survivor.kind() != merged.kind()) {
            throw new ValidationException(List.of(FieldError.of("mergedId", "validation.mergeKinds")));
        }
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            moveContactData(tx, survivorId, mergedId);
            tx.update(CUSTOMER_CONTACT).set(CUSTOMER_CONTACT.CUSTOMER_ID, survivorId)
                    .where(CUSTOMER_CONTACT.CUSTOMER_ID.eq(mergedId)).execute();
            tx.update(INTERACTION).set(INTERACTION.CUSTOMER_ID, survivorId).where(INTERACTION.CUSTOMER_ID.eq(mergedId)).execute();
            tx.update(CUSTOMER_TRANSACTION).set(CUSTOMER_TRANSACTION.CUSTOMER_ID, survivorId)
                    .where(CUSTOMER_TRANSACTION.CUSTOMER_ID.eq(mergedId)).execute();
            tx.update(TASK).set(TASK.CUSTOMER_ID, survivorId).where(TASK.CUSTOMER_ID.eq(mergedId)).execute();
            tx.update(APPOINTMENT).set(APPOINTMENT.CUSTOMER_ID, survivorId).where(APPOINTMENT.CUSTOMER_ID.eq(mergedId)).execute();
            // Queued mail would go with the merged row (its foreign key cascades): it is the survivor's now.
            tx.update(MAIL_OUTBOX).set(MAIL_OUTBOX.CUSTOMER_ID, survivorId).where(MAIL_OUTBOX.CUSTOMER_ID.eq(mergedId)).execute();
            tx.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(mergedId)).execute();
            refreshPrimaries(tx, survivorId, actor);
            outbox.append(tx, new CustomerMerged(survivorId, mergedId), EventTypes.KERNEL);
            audit.record(tx, actor, AuditAction.CUSTOMER_MERGED, "customer", survivorId,
                    "merged customer " + mergedId + " (" + merged.displayName() + ") into " + survivorId + " ("
                            + survivor.displayName() + ")");
        });
        return customers.get(survivorId);
    }

    /** The merged record's email addresses, phones, addresses and tags, after the survivor's, without duplicates. */
    private static void moveContactData(DSLContext tx, long survivorId, long mergedId) {
        var survivorEmails = tx.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.eq(survivorId));
        int emails = tx.fetchCount(CUSTOMER_EMAIL, CUSTOMER_EMAIL.CUSTOMER_ID.eq(survivorId));
        tx.update(CUSTOMER_EMAIL).set(CUSTOMER_EMAIL.CUSTOMER_ID, survivorId)
                .set(CUSTOMER_EMAIL.POSITION, CUSTOMER_EMAIL.POSITION.plus(emails))
                .where(CUSTOMER_EMAIL.CUSTOMER_ID.eq(mergedId))
                .and(CUSTOMER_EMAIL.EMAIL.notIn(DSL.select(DSL.field("e.email", String.class))
                        .from(survivorEmails.asTable("e")))).execute();
        var survivorPhones = tx.select(CUSTOMER_PHONE.E164_DIGITS).from(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.eq(survivorId));
        int phones = tx.fetchCount(CUSTOMER_PHONE, CUSTOMER_PHONE.CUSTOMER_ID.eq(survivorId));
        tx.update(CUSTOMER_PHONE).set(CUSTOMER_PHONE.CUSTOMER_ID, survivorId)
                .set(CUSTOMER_PHONE.POSITION, CUSTOMER_PHONE.POSITION.plus(phones))
                .where(CUSTOMER_PHONE.CUSTOMER_ID.eq(mergedId))
                .and(CUSTOMER_PHONE.E164_DIGITS.notIn(DSL.select(DSL.field("p.e164_digits", String.class))
                        .from(survivorPhones.asTable("p")))).execute();
        int addresses = tx.fetchCount(CUSTOMER_ADDRESS, CUSTOMER_ADDRESS.CUSTOMER_ID.eq(survivorId));
        tx.update(CUSTOMER_ADDRESS).set(CUSTOMER_ADDRESS.CUSTOMER_ID, survivorId)
                .set(CUSTOMER_ADDRESS.POSITION, CUSTOMER_ADDRESS.POSITION.plus(addresses))
                .where(CUSTOMER_ADDRESS.CUSTOMER_ID.eq(mergedId)).execute();
        tx.insertInto(CUSTOMER_TAG, CUSTOMER_TAG.CUSTOMER_ID, CUSTOMER_TAG.TAG)
                .select(tx.select(DSL.val(survivorId), CUSTOMER_TAG.TAG).from(CUSTOMER_TAG)
                        .where(CUSTOMER_TAG.CUSTOMER_ID.eq(mergedId)))
                .onDuplicateKeyIgnore().execute();
    }

    /** The survivor's primary email and phone (its first ones), and a new version: open editors must reload. */
    private void refreshPrimaries(DSLContext tx, long survivorId, Actor actor) {
        String email = tx.select(CUSTOMER_EMAIL.EMAIL).from(CUSTOMER_EMAIL).where(CUSTOMER_EMAIL.CUSTOMER_ID.eq(survivorId))
                .orderBy(CUSTOMER_EMAIL.POSITION).limit(1).fetchOptional(CUSTOMER_EMAIL.EMAIL).orElse(null);
        String phone = tx.select(CUSTOMER_PHONE.PHONE).from(CUSTOMER_PHONE).where(CUSTOMER_PHONE.CUSTOMER_ID.eq(survivorId))
                .orderBy(CUSTOMER_PHONE.POSITION).limit(1).fetchOptional(CUSTOMER_PHONE.PHONE).orElse(null);
        tx.update(CUSTOMER).set(CUSTOMER.PRIMARY_EMAIL, email).set(CUSTOMER.PRIMARY_PHONE, phone)
                .set(CUSTOMER.UPDATED_AT, clock.instant()).set(CUSTOMER.UPDATED_BY, actor.storedUserId())
                .set(CUSTOMER.VERSION, CUSTOMER.VERSION.plus(1)).where(CUSTOMER.ID.eq(survivorId)).execute();
    }
}
