package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.APP_USER;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER;
import static dev.rapport.platform.internal.db.Tables.MAIL_ACCOUNT;
import static dev.rapport.platform.internal.db.Tables.MAIL_OUTBOX;
import static dev.rapport.platform.internal.db.Tables.MAIL_OUTBOX_ATTACHMENT;
import static dev.rapport.platform.internal.db.Tables.UNDELIVERABLE_ADDRESS;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.internal.db.tables.records.MailOutboxRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.mail.CustomerMessage;
import dev.rapport.sdk.mail.MailAttachment;
import dev.rapport.sdk.mail.MailState;
import dev.rapport.sdk.mail.MailStatus;
import dev.rapport.sdk.mail.OutgoingMail;
import dev.rapport.sdk.mail.StaffMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The queue of mail plugins send (SDK {@link OutgoingMail}): checks a mail, stores it with its attachments in the
 * caller's transaction, and reports what became of it. {@link MailDelivery} sends it. Queuing instead of sending at
 * once keeps the mail with the change that caused it (it goes out only if that commits), keeps slow or unreachable
 * SMTP servers out of listeners and requests, and lets a restart or an outage delay mail without losing it.
 */
public final class MailQueue {

    static final int MAX_SUBJECT = InteractionService.MAX_SUBJECT;

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditLog audit;

    public MailQueue(DSLContext dsl, Clock clock, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
    }

    /** Whether the department has an active mailbox to send from. */
    public boolean canSend(long departmentId) {
        return dsl.fetchExists(MAIL_ACCOUNT, MAIL_ACCOUNT.DEPARTMENT_ID.eq(departmentId).and(MAIL_ACCOUNT.ACTIVE.isTrue()));
    }

    /**
     * Queues mail to a customer, to {@code message.to()} or else the customer's primary address.
     *
     * @return the queued mail's id
     * @throws ValidationException see {@link OutgoingMail}
     */
    public long queue(DSLContext tx, String pluginId, CustomerMessage message, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        org.jooq.Record1<String> customer = tx.select(CUSTOMER.PRIMARY_EMAIL).from(CUSTOMER)
                .where(CUSTOMER.ID.eq(message.customerId())).fetchOne();
        String to = message.to() != null && !message.to().isBlank() ? message.to()
                : customer == null ? null : customer.value1();
        if (customer == null) {
            errors.add(FieldError.of("customerId", "validation.customerMissing"));
        } else {
            checkAddress(errors, to);
            if (to != null && EmailAddresses.isValid(to.strip()) && tx.fetchExists(UNDELIVERABLE_ADDRESS,
                    UNDELIVERABLE_ADDRESS.CUSTOMER_ID.eq(message.customerId())
                            .and(UNDELIVERABLE_ADDRESS.ADDRESS.eq(EmailAddresses.normalise(to))))) {
                errors.add(FieldError.of("to", "mail.undeliverableAddress", to.strip()));
            }
        }
        checkContent(errors, message.departmentId(), message.subject(), message.body(), message.attachments());
        ValidationException.throwIfAny(errors);
        long id = insert(tx, pluginId, message.departmentId(), message.customerId(), null, to, message.subject(),
                message.body(), message.attachments());
        audit.record(tx, actor, AuditAction.EMAIL_QUEUED, "Customer", message.customerId(),
                "mail " + id + " by " + pluginId + " to " + EmailAddresses.normalise(to) + ": " + message.subject().strip());
        return id;
    }

    /**
     * Queues mail to a user's address.
     *
     * @return the queued mail's id
     * @throws ValidationException see {@link OutgoingMail}
     */
    public long queue(DSLContext tx, String pluginId, StaffMessage message, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> address = tx.select(APP_USER.EMAIL).from(APP_USER)
                .where(APP_USER.ID.eq(message.userId())).and(APP_USER.ACTIVE.isTrue()).fetchOptional(APP_USER.EMAIL);
        if (address.isEmpty()) {
            errors.add(FieldError.of("userId", "validation.userMissing"));
        } else {
            checkAddress(errors, address.get());
        }
        checkContent(errors, message.departmentId(), message.subject(), message.body(), message.attachments());
        ValidationException.throwIfAny(errors);
        String to = address.orElseThrow();
        long id = insert(tx, pluginId, message.departmentId(), null, message.userId(), to, message.subject(),
                message.body(), message.attachments());
        audit.record(tx, actor, AuditAction.EMAIL_QUEUED, "User", message.userId(), "mail " + id + " by " + pluginId
                + " to " + EmailAddresses.normalise(to) + ": " + message.subject().strip() + attachmentNames(message.attachments()));
        return id;
    }

    /** What became of mail {@code id}, if {@code pluginId} queued it. */
    public Optional<MailStatus> status(String pluginId, long id) {
        return dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).and(MAIL_OUTBOX.PLUGIN_ID.eq(pluginId))
                .fetchOptional(MailQueue::toStatus);
    }

    static MailStatus toStatus(MailOutboxRecord r) {
        MailState state = MailState.valueOf(r.getState());
        return new MailStatus(r.getId(), state, r.getToAddress(), r.getAttempts(), r.getQueuedAt(), r.getSentAt(),
                state == MailState.QUEUED ? r.getNextAttemptAt() : null, r.getLastError(), r.getInteractionId());
    }

    private long insert(DSLContext tx, String pluginId, long departmentId, Long customerId, Long userId, String to,
                        String subject, String body, List<MailAttachment> attachments) {
        Instant now = clock.instant();
        MailOutboxRecord record = tx.newRecord(MAIL_OUTBOX);
        record.setPluginId(pluginId);
        record.setDepartmentId(departmentId);
        record.setCustomerId(customerId);
        record.setUserId(userId);
        record.setToAddress(EmailAddresses.normalise(to));
        record.setSubject(subject.strip());
        record.setBody(body.strip());
        record.setState(MailState.QUEUED.name());
        record.setAttempts(0);
        record.setNextAttemptAt(now);
        record.setQueuedAt(now);
        record.store();
        for (MailAttachment attachment : attachments) {
            tx.insertInto(MAIL_OUTBOX_ATTACHMENT).set(MAIL_OUTBOX_ATTACHMENT.MAIL_ID, record.getId())
                    .set(MAIL_OUTBOX_ATTACHMENT.FILE_NAME, attachment.fileName().strip())
                    .set(MAIL_OUTBOX_ATTACHMENT.CONTENT_TYPE, attachment.contentType().strip())
                    .set(MAIL_OUTBOX_ATTACHMENT.CONTENT, attachment.content()).execute();
        }
        return record.getId();
    }

    private static void checkAddress(List<FieldError> errors, String to) {
        if (to == null || to.isBlank()) {
            errors.add(FieldError.of("to", "mail.noAddress"));
        } else if (!EmailAddresses.isValid(to.strip())) {
            errors.add(FieldError.of("to", "validation.email", to));
        }
    }

    private void checkContent(List<FieldError> errors, long departmentId, String subject, String body,
                              List<MailAttachment> attachments) {
        if (!canSend(departmentId)) {
            errors.add(FieldError.of("departmentId", "mail.noMailbox"));
        }
        if (subject == null || subject.isBlank()) {
            errors.add(FieldError.of("subject", "validation.required"));
        } else if (subject.strip().length() > MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "validation.tooLong", MAX_SUBJECT));
        }
        if (body == null || body.isBlank()) {
            errors.add(FieldError.of("body", "validation.required"));
        } else if (body.length() > InteractionService.MAX_NOTES) {
            errors.add(FieldError.of("body", "validation.tooLong", InteractionService.MAX_NOTES));
        }
        long bytes = 0;
        for (MailAttachment attachment : attachments) {
            bytes += attachment.content().length;
            String name = attachment.fileName().strip();
            if (name.isEmpty() || name.length() > 255 || name.contains("/") || name.contains("\\")) {
                errors.add(FieldError.of("attachments", "mail.attachmentName"));
                return;
            }
        }
        if (bytes > OutgoingMail.MAX_ATTACHMENT_BYTES) {
            errors.add(FieldError.of("attachments", "mail.attachmentsTooLarge", OutgoingMail.MAX_ATTACHMENT_BYTES / (1024 * 1024)));
        }
    }

    private static String attachmentNames(List<MailAttachment> attachments) {
        return attachments.isEmpty() ? "" : " (" + String.join(", ", attachments.stream().map(MailAttachment::fileName).toList()) + ")";
    }
}
