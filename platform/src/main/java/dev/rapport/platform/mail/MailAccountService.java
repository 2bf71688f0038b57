package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.DEPARTMENT;
import static dev.rapport.platform.internal.db.Tables.MAIL_ACCOUNT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.customer.EmailAddresses;
import dev.rapport.platform.internal.db.tables.records.MailAccountRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.security.Role;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * The departments' connected mailboxes: administrators add and change them (passwords sealed by the
 * {@link SecretBox}) and test their connections; the poller reads them and keeps its place in each.
 */
public final class MailAccountService {

    private final DSLContext dsl;
    private final Clock clock;
    private final SecretBox secrets;
    private final AuditLog audit;

    public MailAccountService(DSLContext dsl, Clock clock, SecretBox secrets, AuditLog audit) {
        this.dsl = dsl;
        this.clock = clock;
        this.secrets = secrets;
        this.audit = audit;
    }

    /** Every mailbox, by department and name. */
    public List<MailAccount> all() {
        return dsl.selectFrom(MAIL_ACCOUNT).orderBy(MAIL_ACCOUNT.DEPARTMENT_ID, MAIL_ACCOUNT.NAME, MAIL_ACCOUNT.ID)
                .fetch(MailAccountService::toAccount);
    }

    /** The mailboxes of the department; the first active one sends the department's mail. */
    public List<MailAccount> ofDepartment(long departmentId) {
        return dsl.selectFrom(MAIL_ACCOUNT).where(MAIL_ACCOUNT.DEPARTMENT_ID.eq(departmentId))
                .orderBy(MAIL_ACCOUNT.NAME, MAIL_ACCOUNT.ID).fetch(MailAccountService::toAccount);
    }

    public MailAccount get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("MailAccount", id));
    }

    public Optional<MailAccount> find(long id) {
        return dsl.selectFrom(MAIL_ACCOUNT).where(MAIL_ACCOUNT.ID.eq(id)).fetchOptional(MailAccountService::toAccount);
    }

    /** Adds a mailbox ({@code id} null) or changes one; an empty password keeps the stored one. */
    public MailAccount save(Long id, MailAccountDraft draft, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "connect mailboxes");
        ValidationException.throwIfAny(problems(draft, id));
        MailAccountRecord record = id == null ? dsl.newRecord(MAIL_ACCOUNT)
                : Optional.ofNullable(dsl.fetchOne(MAIL_ACCOUNT, MAIL_ACCOUNT.ID.eq(id)))
                        .orElseThrow(() -> new NotFoundException("MailAccount", id));
        if (id == null) {
            record.setCreatedAt(clock.instant());
        }
        record.setDepartmentId(draft.departmentId());
        record.setName(draft.name().strip());
        record.setAddress(EmailAddresses.normalise(draft.address()));
        record.setImapHost(draft.imapHost().strip());
        record.setImapPort(draft.imapPort());
        record.setImapSecurity(draft.imapSecurity().name());
        record.setImapUser(draft.imapUser().strip());
        record.setImapFolder(draft.imapFolder() == null || draft.imapFolder().isBlank() ? "INBOX" : draft.imapFolder().strip());
        record.setSmtpHost(draft.smtpHost().strip());
        record.setSmtpPort(draft.smtpPort());
        record.setSmtpSecurity(draft.smtpSecurity().name());
        record.setSmtpUser(draft.smtpUser() == null ? "" : draft.smtpUser().strip());
        record.setActive(draft.active());
        if (draft.imapPassword() != null && !draft.imapPassword().isEmpty()) {
            record.setImapPassword(secrets.seal(draft.imapPassword()));
        }
        if (draft.smtpPassword() != null && !draft.smtpPassword().isEmpty()) {
            record.setSmtpPassword(secrets.seal(draft.smtpPassword()));
        }
        record.store();
        audit.record(actor, AuditAction.MAIL_ACCOUNT_SAVED, "MailAccount", record.getId(),
                record.getName() + " <" + record.getAddress() + ">, IMAP " + record.getImapHost() + ":"
                        + record.getImapPort() + ", SMTP " + record.getSmtpHost() + ":" + record.getSmtpPort());
        return get(record.getId());
    }

    private List<FieldError> problems(MailAccountDraft draft, Long id) {
        List<FieldError> errors = new ArrayList<>();
        if (!dsl.fetchExists(DEPARTMENT, DEPARTMENT.ID.eq(draft.departmentId()))) {
            errors.add(FieldError.of("departmentId", "validation.required"));
        }
        required(errors, "name", draft.name(), 100);
        if (draft.address() == null || !EmailAddresses.isValid(draft.address().strip())) {
            errors.add(FieldError.of("address", "validation.email", draft.address() == null ? "" : draft.address()));
        }
        required(errors, "imapHost", draft.imapHost(), 253);
        required(errors, "imapUser", draft.imapUser(), 254);
        required(errors, "smtpHost", draft.smtpHost(), 253);
        port(errors, "imapPort", draft.imapPort());
        port(errors, "smtpPort", draft.smtpPort());
        if (draft.imapSecurity() == null) {
            errors.add(FieldError.of("imapSecurity", "validation.required"));
        }
        if (draft.smtpSecurity() == null) {
            errors.add(FieldError.of("smtpSecurity", "validation.required"));
        }
        if (id == null && (draft.imapPassword() == null || draft.imapPassword().isEmpty())) {
            errors.add(FieldError.of("imapPassword", "validation.required"));
        }
        return errors;
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.strip().length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    private static void port(List<FieldError> errors, String field, int port) {
        if (port < 1 || port > 65_535) {
            errors.add(FieldError.of(field, "validation.port"));
        }
    }

    /**
     * Connects to the mailbox's IMAP server and opens its folder, then signs in to its SMTP server.
     *
     * @return empty when both worked, else what failed, in words an administrator can act on
     */
    public Optional<String> testConnection(long id, Actor actor) {
        Permissions.require(actor, Role.ADMINISTRATOR, "test mailboxes");
        MailAccount account = get(id);
        try (Store store = openStore(account)) {
            if (!store.getFolder(account.imapFolder()).exists()) {
                return Optional.of("IMAP: the folder " + account.imapFolder() + " does not exist");
            }
        } catch (MessagingException | RuntimeException e) {
            return Optional.of("IMAP " + account.imap().host() + ":" + account.imap().port() + ": " + describe(e));
        }
        try (Transport transport = MailConnections.openTransport(MailConnections.smtpSession(account), account,
                smtpPassword(account.id()))) {
            return Optional.empty();
        } catch (MessagingException | RuntimeException e) {
            return Optional.of("SMTP " + account.smtp().host() + ":" + account.smtp().port() + ": " + describe(e));
        }
    }

    /** The innermost cause's message: "Connection refused", "Authentication failed", a certificate problem. */
    static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 900 ? message.substring(0, 900) : message;
    }

    Store openStore(MailAccount account) throws MessagingException {
        return MailConnections.openStore(account, imapPassword(account.id()));
    }

    /** A store for waiting in IMAP IDLE: reads may wait {@code readTimeoutMs} for the server. */
    Store openIdleStore(MailAccount account, int readTimeoutMs) throws MessagingException {
        return MailConnections.openStore(account, imapPassword(account.id()), readTimeoutMs);
    }

    String imapPassword(long id) {
        byte[] sealed = dsl.select(MAIL_ACCOUNT.IMAP_PASSWORD).from(MAIL_ACCOUNT).where(MAIL_ACCOUNT.ID.eq(id)).fetchOne().value1();
        return sealed == null ? "" : secrets.open(sealed);
    }

    String smtpPassword(long id) {
        byte[] sealed = dsl.select(MAIL_ACCOUNT.SMTP_PASSWORD).from(MAIL_ACCOUNT).where(MAIL_ACCOUNT.ID.eq(id)).fetchOne().value1();
        return sealed == null ? "" : secrets.open(sealed);
    }

    /** The active mailboxes, for the poller. */
    List<MailAccount> active() {
        return dsl.selectFrom(MAIL_ACCOUNT).where(MAIL_ACCOUNT.ACTIVE.isTrue()).orderBy(MAIL_ACCOUNT.ID)
                .fetch(MailAccountService::toAccount);
    }

    /** Records how the mailbox's last poll went (null error: it worked). */
    void polled(long id, Instant at, String error) {
        dsl.update(MAIL_ACCOUNT).set(MAIL_ACCOUNT.LAST_POLL_AT, at)
                .set(MAIL_ACCOUNT.LAST_ERROR, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error)
                .where(MAIL_ACCOUNT.ID.eq(id)).execute();
    }

    /** The folder was renumbered (its UIDVALIDITY changed): start over from UID 0 under the new validity. */
    void resetUids(long id, long uidValidity) {
        dsl.update(MAIL_ACCOUNT).set(MAIL_ACCOUNT.UID_VALIDITY, uidValidity).set(MAIL_ACCOUNT.LAST_UID, 0L)
                .where(MAIL_ACCOUNT.ID.eq(id)).execute();
    }

    private static MailAccount toAccount(MailAccountRecord r) {
        return new MailAccount(r.getId(), r.getDepartmentId(), r.getName(), r.getAddress(),
                new MailAccount.ServerSettings(r.getImapHost(), r.getImapPort(), MailSecurity.valueOf(r.getImapSecurity()),
                        r.getImapUser(), r.getImapPassword() != null),
                r.getImapFolder(),
                new MailAccount.ServerSettings(r.getSmtpHost(), r.getSmtpPort(), MailSecurity.valueOf(r.getSmtpSecurity()),
                        r.getSmtpUser(), r.getSmtpPassword() != null),
                Boolean.TRUE.equals(r.getActive()), r.getUidValidity(), r.getLastUid(), r.getLastPollAt(), r.getLastError());
    }
}
