package dev.rapport.platform.mail;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends mail to a customer through a department mailbox's SMTP server and logs it on the customer's timeline as an
 * outgoing email interaction with its Message-ID, so replies join its thread. Nothing is logged when the server
 * refuses the mail; the user sees the server's reason.
 */
public final class EmailSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final DSLContext dsl;
    private final Clock clock;
    private final MailAccountService accounts;
    private final EmailService emails;
    private final CustomerService customers;
    private final AuditLog audit;

    public EmailSender(DSLContext dsl, Clock clock, MailAccountService accounts, EmailService emails,
                       CustomerService customers, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.accounts = accounts;
        this.emails = emails;
        this.customers = customers;
        this.audit = audit;
    }

    /** The active mailboxes {@code actor} may send from: their departments' (an administrator: every one). */
    public List<MailAccount> mailboxesFor(Actor actor) {
        return accounts.all().stream().filter(MailAccount::active)
                .filter(a -> actor.has(Role.ADMINISTRATOR) || actor.departmentIds().contains(a.departmentId())).toList();
    }

    /**
     * Sends {@code mail} and logs it.
     *
     * @return the id of the logged interaction
     * @throws ValidationException for a bad address, subject or body, or a mailbox the actor may not use
     * @throws MailNotSentException when the SMTP server could not be reached or refused the mail
     */
    public long send(OutgoingEmail mail, Actor actor) {
        Permissions.require(actor, Role.AGENT, "send mail");
        List<FieldError> errors = new ArrayList<>();
        if (mail.to() == null || !EmailAddresses.isValid(mail.to().strip())) {
            errors.add(FieldError.of("to", "validation.email", mail.to() == null ? "" : mail.to()));
        }
        if (mail.subject() == null || mail.subject().isBlank()) {
            errors.add(FieldError.of("subject", "validation.required"));
        } else if (mail.subject().strip().length() > InteractionService.MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "validation.tooLong", InteractionService.MAX_SUBJECT));
        }
        if (mail.body() == null || mail.body().isBlank()) {
            errors.add(FieldError.of("body", "validation.required"));
        } else if (mail.body().length() > InteractionService.MAX_NOTES) {
            errors.add(FieldError.of("body", "validation.tooLong", InteractionService.MAX_NOTES));
        }
        MailAccount account = mailboxesFor(actor).stream().filter(a -> a.id() == mail.accountId()).findFirst().orElse(null);
        if (account == null) {
            errors.add(FieldError.of("accountId", "validation.required"));
        }
        if (!customers.exists(mail.customerId())) {
            errors.add(FieldError.of("customerId", "validation.customerMissing"));
        }
        ValidationException.throwIfAny(errors);
        String messageId = transmit(account, mail);
        IncomingMail sent = new IncomingMail(messageId, null, List.of(), account.address(),
                EmailAddresses.normalise(mail.to()), mail.subject().strip(), clock.instant(), mail.body().strip(), null,
                List.of(), List.of(), null);
        try {
            return dsl.transactionResult(tx -> {
                long interactionId = emails.store().storeSent(tx.dsl(), account.id(),
                        new EmailStore.Match(mail.customerId(), null), sent, actor);
                audit.record(tx.dsl(), actor, AuditAction.EMAIL_SENT, "Customer", mail.customerId(),
                        "to " + sent.to() + ": " + sent.subject());
                return interactionId;
            });
        } catch (RuntimeException e) {
            log.error("Mail {} to {} was sent but could not be logged on customer {}", messageId, sent.to(),
                    mail.customerId(), e);
            throw e;
        }
    }

    private String transmit(MailAccount account, OutgoingEmail mail) {
        return transmit(account, mail.to().strip(), mail.subject().strip(), mail.body().strip(), List.of());
    }

    /**
     * Hands one mail to the mailbox's SMTP server.
     *
     * @return the Message-ID it went out with
     * @throws MailNotSentException when the server could not be reached or refused it
     */
    String transmit(MailAccount account, String to, String subject, String body, List<IncomingMail.Attachment> attachments) {
        Session session = MailConnections.smtpSession(account);
        try (Transport transport = MailConnections.openTransport(session, account, accounts.smtpPassword(account.id()))) {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(account.address(), account.name(), StandardCharsets.UTF_8.name()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            if (attachments.isEmpty()) {
                message.setText(body, StandardCharsets.UTF_8.name());
            } else {
                MimeMultipart parts = new MimeMultipart();
                MimeBodyPart text = new MimeBodyPart();
                text.setText(body, StandardCharsets.UTF_8.name());
                parts.addBodyPart(text);
                for (IncomingMail.Attachment attachment : attachments) {
                    MimeBodyPart file = new MimeBodyPart();
                    file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
                    file.setFileName(MimeUtility.encodeText(attachment.fileName(), StandardCharsets.UTF_8.name(), null));
                    parts.addBodyPart(file);
                }
                message.setContent(parts);
            }
            message.setSentDate(Date.from(clock.instant()));
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
            return message.getMessageID();
        } catch (MessagingException | java.io.UnsupportedEncodingException e) {
            throw new MailNotSentException(MailAccountService.describe(e), e);
        }
    }

    /** The SMTP server could not be reached or refused the mail; the message says why. */
    public static final class MailNotSentException extends RuntimeException {
        public MailNotSentException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
