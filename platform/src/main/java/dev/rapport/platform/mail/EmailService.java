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
import dev.rapport.platform.plugin.UnmatchedMailActions;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.extension.UnmatchedMailAction;
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

    /** Unmatched mail a plugin's action took (the record it made is the plugin's; the audit log names it). */
    public static final String HANDED_OVER = "HANDED_OVER";
    private static final String UNMATCHED = "UNMATCHED";

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
                .where(MAIL_ACCOUNT.DEPARTMENT_ID.eq(departmentId)).and(EMAIL_MESSAGE.STATE.eq(UNMATCHED))
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
        long departmentId = departmentOf(emailId);
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

    /**
     * Hands unmatched mail {@code emailId} to a plugin's action (e.g. "turn into a lead"), for {@code actor} (a member
     * of the mailbox's department, or an administrator). The mail is taken off the unmatched list first, so that two
     * agents at once make one record; if the action throws, the mail goes back onto the list and the failure is
     * rethrown. Audited with what the plugin made.
     *
     * @return what the plugin made, in its words (e.g. "Lead 42: Jane Doe")
     * @throws ValidationException when the mail was assigned or handed over meanwhile, or the plugin refused it
     */
    public String handOver(long emailId, UnmatchedMailActions.PluginAction handler, Actor actor) {
        long departmentId = departmentOf(emailId);
        requireDepartment(actor, departmentId);
        StoredEmail email = dsl.transactionResult(tx -> {
            int taken = tx.dsl().update(EMAIL_MESSAGE).set(EMAIL_MESSAGE.STATE, HANDED_OVER)
                    .set(EMAIL_MESSAGE.ASSIGNED_BY, actor.storedUserId())
                    .where(EMAIL_MESSAGE.ID.eq(emailId)).and(EMAIL_MESSAGE.STATE.eq(UNMATCHED)).execute();
            return taken == 1 ? tx.dsl().selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.ID.eq(emailId)).fetchSingle(this::toEmail)
                    : null;
        });
        if (email == null) {
            throw new ValidationException(List.of(FieldError.of("emailId", "mail.alreadyAssigned")));
        }
        String made;
        try {
            made = handler.action().apply(new UnmatchedMailAction.Mail(email.id(), departmentId, email.from(),
                    email.subject(), plainText(email), email.sentAt()));
        } catch (RuntimeException | LinkageError e) {
            dsl.update(EMAIL_MESSAGE).set(EMAIL_MESSAGE.STATE, UNMATCHED).setNull(EMAIL_MESSAGE.ASSIGNED_BY)
                    .where(EMAIL_MESSAGE.ID.eq(emailId)).and(EMAIL_MESSAGE.STATE.eq(HANDED_OVER)).execute();
            throw e;
        }
        String description = handler.pluginId() + ": " + (made == null || made.isBlank() ? "done" : made.strip());
        audit.record(dsl, actor, AuditAction.EMAIL_HANDED_OVER, "Email", emailId,
                description.length() > 900 ? description.substring(0, 900) : description);
        return made;
    }

    /** The text body, or the stored (sanitised) HTML body's text when the mail had no plain one. */
    private static String plainText(StoredEmail email) {
        if (email.textBody() != null || email.htmlBody() == null) {
            return email.textBody();
        }
        return email.htmlBody().replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ").strip();
    }

    private long departmentOf(long emailId) {
        return dsl.select(MAIL_ACCOUNT.DEPARTMENT_ID).from(EMAIL_MESSAGE).join(MAIL_ACCOUNT)
                .on(MAIL_ACCOUNT.ID.eq(EMAIL_MESSAGE.ACCOUNT_ID)).where(EMAIL_MESSAGE.ID.eq(emailId))
                .fetchOptional(MAIL_ACCOUNT.DEPARTMENT_ID).orElseThrow(() -> new NotFoundException("Email", emailId));
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
