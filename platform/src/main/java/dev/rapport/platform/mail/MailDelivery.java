package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.MAIL_OUTBOX;
import static dev.rapport.platform.internal.db.Tables.MAIL_OUTBOX_ATTACHMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.internal.db.tables.records.MailOutboxRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.job.JobRun;
import dev.rapport.sdk.mail.MailState;
import jakarta.mail.SendFailedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the queued mail that is due, oldest first, from its department's first active mailbox. A mail the server
 * accepted is marked sent and, for a customer, logged on their timeline with its attachments, in one transaction. A
 * temporary failure (no connection, a 4xx answer, no active mailbox) is tried again after 1, 2, 4, ... minutes, at most
 * an hour apart, {@link #MAX_ATTEMPTS} times in all (about a day); a permanent refusal (5xx, an unknown recipient)
 * fails the mail at once. Run by {@link MailDeliveryJob}, whose lease lets one node send at a time.
 */
public final class MailDelivery {

    /** Attempts before a mail is given up: 1 + 2 + ... + 32 minutes, then hourly, sum to about 24 hours. */
    static final int MAX_ATTEMPTS = 30;
    private static final int BATCH = 50;
    private static final Duration MAX_PAUSE = Duration.ofHours(1);
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final MailAccountService accounts;
    private final EmailSender sender;
    private final EmailService emails;
    private final AuditLog audit;

    public MailDelivery(DSLContext dsl, Clock clock, MailAccountService accounts, EmailSender sender,
                        EmailService emails, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.accounts = accounts;
        this.sender = sender;
        this.emails = emails;
        this.audit = audit;
    }

    /** Outcome of one run. */
    public record Report(int sent, int retrying, int failed) {
    }

    /** Sends every mail due now, in batches, until none is due or {@code run} is cancelled (null: not cancellable). */
    public Report deliverDue(JobRun run) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        long lastId = 0;
        Instant now = clock.instant();
        while (run == null || !run.isCancelled()) {
            // Keyset by id over what was due at the start: a mail tried again later is not picked twice in one run.
            List<MailOutboxRecord> due = dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.STATE.eq(MailState.QUEUED.name()))
                    .and(MAIL_OUTBOX.NEXT_ATTEMPT_AT.le(now)).and(MAIL_OUTBOX.ID.gt(lastId))
                    .orderBy(MAIL_OUTBOX.ID).limit(BATCH).fetch();
            for (MailOutboxRecord mail : due) {
                switch (deliver(mail)) {
                    case SENT -> sent++;
                    case QUEUED -> retrying++;
                    case FAILED -> failed++;
                }
                lastId = mail.getId();
                if (run != null) {
                    run.progress(sent + retrying + failed, 0, "sent " + sent + ", to retry " + retrying + ", failed " + failed);
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return new Report(sent, retrying, failed);
    }

    private MailState deliver(MailOutboxRecord mail) {
        Optional<MailAccount> account = accounts.ofDepartment(mail.getDepartmentId()).stream()
                .filter(MailAccount::active).findFirst();
        if (account.isEmpty()) {
            return failed(mail, "The department has no active mailbox to send from", false);
        }
        List<IncomingMail.Attachment> attachments = dsl.selectFrom(MAIL_OUTBOX_ATTACHMENT)
                .where(MAIL_OUTBOX_ATTACHMENT.MAIL_ID.eq(mail.getId())).orderBy(MAIL_OUTBOX_ATTACHMENT.ID)
                .fetch(a -> new IncomingMail.Attachment(a.getFileName(), a.getContentType(), a.getContent().length, a.getContent()));
        String messageId;
        try {
            messageId = sender.transmit(account.get(), mail.getToAddress(), mail.getSubject(), mail.getBody(), attachments);
        } catch (EmailSender.MailNotSentException e) {
            return failed(mail, e.getMessage(), isPermanent(e));
        }
        try {
            dsl.transaction(tx -> sent(tx.dsl(), mail, account.get(), messageId, attachments));
        } catch (RuntimeException e) {
            // Sent but not recorded: it stays queued and goes out again rather than being lost.
            log.error("Mail {} ({}) was sent but could not be marked sent", mail.getId(), messageId, e);
            return MailState.QUEUED;
        }
        return MailState.SENT;
    }

    private void sent(DSLContext tx, MailOutboxRecord mail, MailAccount account, String messageId,
                      List<IncomingMail.Attachment> attachments) {
        Instant now = clock.instant();
        Actor plugin = Actor.plugin(mail.getPluginId());
        Long interactionId = null;
        if (mail.getCustomerId() != null) {
            IncomingMail sent = new IncomingMail(messageId, null, List.of(), account.address(), mail.getToAddress(),
                    mail.getSubject(), now, mail.getBody(), null, attachments, List.of(), null);
            interactionId = emails.store().storeSent(tx, account.id(), new EmailStore.Match(mail.getCustomerId(), null),
                    sent, plugin);
        }
        tx.update(MAIL_OUTBOX).set(MAIL_OUTBOX.STATE, MailState.SENT.name()).set(MAIL_OUTBOX.SENT_AT, now)
                .set(MAIL_OUTBOX.ATTEMPTS, mail.getAttempts() + 1).set(MAIL_OUTBOX.MESSAGE_ID, messageId)
                .set(MAIL_OUTBOX.INTERACTION_ID, interactionId).set(MAIL_OUTBOX.LAST_ERROR, (String) null)
                .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, (Instant) null).where(MAIL_OUTBOX.ID.eq(mail.getId())).execute();
        // Delivered: a customer's copy is kept with the logged mail, so the queue need not hold the files any longer.
        tx.deleteFrom(MAIL_OUTBOX_ATTACHMENT).where(MAIL_OUTBOX_ATTACHMENT.MAIL_ID.eq(mail.getId())).execute();
        boolean toCustomer = mail.getCustomerId() != null;
        audit.record(tx, plugin, AuditAction.EMAIL_SENT, toCustomer ? "Customer" : "User",
                toCustomer ? mail.getCustomerId() : mail.getUserId(),
                "mail " + mail.getId() + " to " + mail.getToAddress() + ": " + mail.getSubject());
    }

    private MailState failed(MailOutboxRecord mail, String reason, boolean permanent) {
        int attempts = mail.getAttempts() + 1;
        boolean givenUp = permanent || attempts >= MAX_ATTEMPTS;
        String error = reason == null ? "unknown" : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        Instant next = givenUp ? null : clock.instant().plus(pauseAfter(attempts));
        dsl.transaction(tx -> {
            tx.dsl().update(MAIL_OUTBOX).set(MAIL_OUTBOX.ATTEMPTS, attempts).set(MAIL_OUTBOX.LAST_ERROR, error)
                    .set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, next)
                    .set(MAIL_OUTBOX.STATE, givenUp ? MailState.FAILED.name() : MailState.QUEUED.name())
                    .where(MAIL_OUTBOX.ID.eq(mail.getId())).execute();
            if (givenUp) {
                boolean toCustomer = mail.getCustomerId() != null;
                audit.record(tx.dsl(), Actor.plugin(mail.getPluginId()), AuditAction.EMAIL_FAILED,
                        toCustomer ? "Customer" : "User", toCustomer ? mail.getCustomerId() : mail.getUserId(),
                        "mail " + mail.getId() + " to " + mail.getToAddress() + " after " + attempts + " attempts: " + error);
            }
        });
        log.warn("Mail {} to {} not sent (attempt {}{}): {}", mail.getId(), mail.getToAddress(), attempts,
                givenUp ? ", given up" : ", will retry", error);
        return givenUp ? MailState.FAILED : MailState.QUEUED;
    }

    /** 1, 2, 4, ... minutes after the n-th failed attempt, at most an hour. */
    static Duration pauseAfter(int attempts) {
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    /** A 5xx answer or an address the server refused: trying again cannot help. */
    static boolean isPermanent(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
            if (cause instanceof SMTPSendFailedException refused) {
                return refused.getReturnCode() >= 500;
            }
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return true;
            }
        }
        return false;
    }
}
