package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.EMAIL_ATTACHMENT;
import static dev.rapport.platform.internal.db.Tables.EMAIL_MESSAGE;
import static dev.rapport.platform.internal.db.Tables.MAIL_ACCOUNT;
import static dev.rapport.platform.internal.db.Tables.UNDELIVERABLE_ADDRESS;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.internal.db.tables.records.EmailMessageRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Stored mail as people work with it: the mail behind an email interaction with its attachments, the department's
 * unmatched inbox and its assignment to a customer, the addresses reported undeliverable.
 */
public final class EmailService {

    private final DSLContext dsl;
    private final CustomerService customers;
    private final AuditLog audit;
    private final EmailStore store;

    public EmailService(DSLContext dsl, Clock clock, CustomerService customers, InteractionService interactions,
                        AuditLog audit) {
        this.dsl = dsl;
        this.customers = customers;
        this.audit = audit;
        this.store = new EmailStore(clock, interactions);
    }

    EmailStore store() {
        return store;
    }

    /** The mail logged as interaction {@code interactionId}, if it came from or went out by mail. */
    public Optional<StoredEmail> ofInteraction(long interactionId, Actor actor) {
        Permissions.require(actor, Role.AGENT, "read mail");
        return dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.INTERACTION_ID.eq(interactionId)).limit(1)
                .fetchOptional(this::toEmail);
    }

    /** The unmatched mail of the department's mailboxes, newest first, below {@code beforeId} (null: from the newest). */
    public List<StoredEmail> unmatched(long departmentId, Long beforeId, int limit, Actor actor) {
        requireDepartment(actor, departmentId);
        return dsl.select(EMAIL_MESSAGE.fields()).from(EMAIL_MESSAGE).join(MAIL_ACCOUNT)
                .on(MAIL_ACCOUNT.ID.eq(EMAIL_MESSAGE.ACCOUNT_ID))
                .where(MAIL_ACCOUNT.DEPARTMENT_ID.eq(departmentId)).and(EMAIL_MESSAGE.STATE.eq("UNMATCHED"))
                .and(beforeId == null ? org.jooq.impl.DSL.noCondition() : EMAIL_MESSAGE.ID.lt(beforeId))
                .orderBy(EMAIL_MESSAGE.ID.desc()).limit(Math.min(limit, 200))
                .fetch(r -> toEmail(r.into(EMAIL_MESSAGE)));
    }

    /**
     * Logs unmatched mail {@code emailId} on the customer's timeline, recorded by {@code actor} (a member of the
     * mailbox's department, or an administrator).
     *
     * @throws ValidationException when the mail was assigned meanwhile or the customer does not exist
     */
    public void assign(long emailId, long customerId, Actor actor) {
        long departmentId = dsl.select(MAIL_ACCOUNT.DEPARTMENT_ID).from(EMAIL_MESSAGE).join(MAIL_ACCOUNT)
                .on(MAIL_ACCOUNT.ID.eq(EMAIL_MESSAGE.ACCOUNT_ID)).where(EMAIL_MESSAGE.ID.eq(emailId))
                .fetchOptional(MAIL_ACCOUNT.DEPARTMENT_ID).orElseThrow(() -> new NotFoundException("Email", emailId));
        requireDepartment(actor, departmentId);
        if (!customers.exists(customerId)) {
            throw new ValidationException(List.of(FieldError.of("customerId", "validation.customerMissing")));
        }
        boolean assigned = dsl.transactionResult(tx -> {
            boolean done = store.assign(tx.dsl(), emailId, customerId, actor);
            if (done) {
                audit.record(tx.dsl(), actor, AuditAction.EMAIL_ASSIGNED, "Email", emailId, "customer " + customerId);
            }
            return done;
        });
        if (!assigned) {
            throw new ValidationException(List.of(FieldError.of("emailId", "mail.alreadyAssigned")));
        }
    }

    /** The customer's addresses reported undeliverable, newest first. */
    public List<UndeliverableAddress> undeliverable(long customerId) {
        return dsl.selectFrom(UNDELIVERABLE_ADDRESS).where(UNDELIVERABLE_ADDRESS.CUSTOMER_ID.eq(customerId))
                .orderBy(UNDELIVERABLE_ADDRESS.REPORTED_AT.desc()).limit(50)
                .fetch(r -> new UndeliverableAddress(r.getAddress(), r.getReason(), r.getReportedAt()));
    }

    /** An attachment's bytes, for someone allowed to see the customer's timeline (or the unmatched inbox). */
    public Optional<byte[]> attachmentContent(long attachmentId, Actor actor) {
        Permissions.require(actor, Role.AGENT, "read mail");
        return dsl.select(EMAIL_ATTACHMENT.CONTENT).from(EMAIL_ATTACHMENT).where(EMAIL_ATTACHMENT.ID.eq(attachmentId))
                .fetchOptional(EMAIL_ATTACHMENT.CONTENT).filter(content -> content != null);
    }

    /** Mail of a thread, oldest first. */
    public List<StoredEmail> thread(String threadId) {
        return dsl.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.THREAD_ID.eq(threadId))
                .orderBy(EMAIL_MESSAGE.SENT_AT, EMAIL_MESSAGE.ID).limit(200).fetch(this::toEmail);
    }

    private static void requireDepartment(Actor actor, long departmentId) {
        Permissions.require(actor, Role.AGENT, "read the unmatched mail");
        Permissions.require(actor.has(Role.ADMINISTRATOR) || actor.isMemberOfAny(Set.of(departmentId)), actor,
                "read the unmatched mail of another department");
    }

    private StoredEmail toEmail(EmailMessageRecord r) {
        List<StoredEmail.AttachmentInfo> attachments = dsl.select(EMAIL_ATTACHMENT.ID, EMAIL_ATTACHMENT.FILE_NAME,
                        EMAIL_ATTACHMENT.CONTENT_TYPE, EMAIL_ATTACHMENT.SIZE_BYTES, EMAIL_ATTACHMENT.CONTENT.isNotNull())
                .from(EMAIL_ATTACHMENT).where(EMAIL_ATTACHMENT.EMAIL_ID.eq(r.getId())).orderBy(EMAIL_ATTACHMENT.ID)
                .fetch(a -> new StoredEmail.AttachmentInfo(a.value1(), a.value2(), a.value3(), a.value4(), a.value5()));
        return new StoredEmail(r.getId(), r.getAccountId(), r.getState(), r.getDirection(), r.getCustomerId(),
                r.getInteractionId(), r.getMessageId(), r.getThreadId(), r.getFromAddress(), r.getToAddresses(),
                r.getSubject(), r.getTextBody(), r.getHtmlBody(), r.getNote(), r.getSentAt(), attachments);
    }

    /** An address a delivery report said cannot receive mail. */
    public record UndeliverableAddress(String address, String reason, Instant reportedAt) {
    }
}
