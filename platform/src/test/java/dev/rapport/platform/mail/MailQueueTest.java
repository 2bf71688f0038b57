package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.internal.db.Tables.EMAIL_ATTACHMENT;
import static dev.rapport.platform.internal.db.Tables.EMAIL_MESSAGE;
import static dev.rapport.platform.internal.db.Tables.MAIL_OUTBOX;
import static dev.rapport.platform.internal.db.Tables.UNDELIVERABLE_ADDRESS;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.User;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.mail.CustomerMessage;
import dev.rapport.sdk.mail.MailAttachment;
import dev.rapport.sdk.mail.MailState;
import dev.rapport.sdk.mail.MailStatus;
import dev.rapport.sdk.mail.OutgoingMail;
import dev.rapport.sdk.mail.StaffMessage;
import jakarta.mail.Address;
import jakarta.mail.Multipart;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Plugins' mail: checked and queued with the caller's change, sent by the delivery with retries, logged and audited. */
class MailQueueTest {

    @RegisterExtension
    static final GreenMailExtension server = MailFixture.server();
    @TempDir
    Path dataDir;

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();
    private final MailQueue queue = new MailQueue(kernel.dsl, kernel.clock, kernel.audit);

    @Test
    void customerMailIsQueuedThenSentWithItsAttachmentAndLoggedOnTheTimelineWithIt() throws Exception {
        MailFixture mail = new MailFixture(kernel, dataDir);
        long department = departmentWithMailbox(mail, server.getSmtp().getPort());
        Customer jane = kernel.customers.create(person("Jane", unique("Queue")), admin);
        byte[] pdf = "%PDF-1.4 report".getBytes(StandardCharsets.US_ASCII);

        long id = kernel.dsl.transactionResult(tx -> queue.queue(tx.dsl(), "service", new CustomerMessage(department,
                jane.id(), null, "How did we do?", "Rate us here.",
                List.of(new MailAttachment("report.pdf", "application/pdf", pdf))), admin));

        assertThat(queue.status("service", id)).hasValueSatisfying(status -> {
            assertThat(status.state()).isEqualTo(MailState.QUEUED);
            assertThat(status.to()).isEqualTo(jane.details().emails().getFirst().address());
        });
        assertThat(queue.status("another-plugin", id)).isEmpty();
        assertThat(server.getReceivedMessages()).isEmpty();

        // A new delivery object: what is queued is in the database, not in memory, so a restart loses nothing.
        MailDelivery.Report report = delivery(mail).deliverDue(null);

        assertThat(report.sent()).isGreaterThanOrEqualTo(1);
        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("How did we do?");
        Multipart parts = (Multipart) received.getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0)).strip()).isEqualTo("Rate us here.");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("report.pdf");
        MailStatus sent = queue.status("service", id).orElseThrow();
        assertThat(sent.state()).isEqualTo(MailState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        Interaction logged = kernel.interactions.get(sent.interactionId());
        assertThat(logged.customerId()).isEqualTo(jane.id());
        assertThat(logged.direction()).isEqualTo(Direction.OUTBOUND);
        long emailId = kernel.dsl.select(EMAIL_MESSAGE.ID).from(EMAIL_MESSAGE)
                .where(EMAIL_MESSAGE.INTERACTION_ID.eq(sent.interactionId())).fetchSingle().value1();
        assertThat(kernel.dsl.select(EMAIL_ATTACHMENT.FILE_NAME).from(EMAIL_ATTACHMENT)
                .where(EMAIL_ATTACHMENT.EMAIL_ID.eq(emailId)).fetch().getValues(EMAIL_ATTACHMENT.FILE_NAME))
                .containsExactly("report.pdf");
        assertThat(auditActions("Customer", jane.id())).contains("EMAIL_QUEUED", "EMAIL_SENT");

        assertThat(delivery(mail).deliverDue(null).sent()).as("sent once").isZero();
    }

    @Test
    void mailQueuedInATransactionThatRollsBackIsNeverSent() {
        MailFixture mail = new MailFixture(kernel, dataDir);
        long department = departmentWithMailbox(mail, server.getSmtp().getPort());
        Customer jane = kernel.customers.create(person("Jane", unique("Rollback")), admin);

        assertThatThrownBy(() -> kernel.dsl.transaction(tx -> {
            queue.queue(tx.dsl(), "service", CustomerMessage.of(department, jane.id(), "Resolved", "Done."), admin);
            throw new IllegalStateException("the resolution failed");
        })).hasMessageContaining("the resolution failed");

        assertThat(kernel.dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.CUSTOMER_ID.eq(jane.id()))).isZero();
    }

    @Test
    void anSmtpOutageKeepsTheMailQueuedWithTheReasonAndItGoesOutOnceTheServerIsBack() throws Exception {
        MailFixture mail = new MailFixture(kernel, dataDir);
        long department = departmentWithMailbox(mail, closedPort());
        Customer jane = kernel.customers.create(person("Jane", unique("Outage")), admin);
        long id = kernel.dsl.transactionResult(tx -> queue.queue(tx.dsl(), "service",
                CustomerMessage.of(department, jane.id(), "Resolved", "Done."), admin));

        delivery(mail).deliverDue(null);

        MailStatus waiting = queue.status("service", id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(MailState.QUEUED);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).containsIgnoringCase("refused");
        assertThat(waiting.nextAttemptAt()).isAfter(Instant.now().plusSeconds(30));
        assertThat(waiting.interactionId()).isNull();

        // The server is back (the mailbox points at it) and the pause has passed.
        MailAccount account = mail.accounts.ofDepartment(department).getFirst();
        mail.accounts.save(account.id(), new MailAccountDraft(department, account.name(), account.address(), "127.0.0.1",
                server.getImap().getPort(), MailSecurity.NONE, account.imap().user(), null, "INBOX", "127.0.0.1",
                server.getSmtp().getPort(), MailSecurity.NONE, account.smtp().user(), null, true), admin);
        kernel.dsl.update(MAIL_OUTBOX).set(MAIL_OUTBOX.NEXT_ATTEMPT_AT, Instant.now()).where(MAIL_OUTBOX.ID.eq(id)).execute();
        delivery(mail).deliverDue(null);

        MailStatus sent = queue.status("service", id).orElseThrow();
        assertThat(sent.state()).isEqualTo(MailState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(server.getReceivedMessages()).hasSize(1);
    }

    @Test
    void staffMailGoesToTheUsersAddressIsAuditedAndLogsNothingOnACustomer() throws Exception {
        MailFixture mail = new MailFixture(kernel, dataDir);
        long department = departmentWithMailbox(mail, server.getSmtp().getPort());
        User manager = kernel.newUser(dev.rapport.sdk.security.Role.MANAGER);
        long id = kernel.dsl.transactionResult(tx -> queue.queue(tx.dsl(), "scorecard", new StaffMessage(department,
                manager.id(), "Scorecard November", "Attached.", List.of(new MailAttachment("scorecard.pdf",
                "application/pdf", new byte[] {'%', 'P', 'D', 'F'}))), admin));

        delivery(mail).deliverDue(null);

        MimeMessage received = server.getReceivedMessages()[0];
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getAddress()).isEqualTo(manager.email());
        MailStatus sent = queue.status("scorecard", id).orElseThrow();
        assertThat(sent.state()).isEqualTo(MailState.SENT);
        assertThat(sent.interactionId()).isNull();
        assertThat(auditActions("User", manager.id())).contains("EMAIL_QUEUED", "EMAIL_SENT");
    }

    @Test
    void mailThatCannotBeSentIsRefusedOnTheFieldBeforeAnythingIsQueued() {
        MailFixture mail = new MailFixture(kernel, dataDir);
        long withMailbox = departmentWithMailbox(mail, server.getSmtp().getPort());
        long withoutMailbox = kernel.departments.create(unique("nomail").toLowerCase(), "No mailbox", admin).id();
        Customer jane = kernel.customers.create(person("Jane", unique("Refused")), admin);
        Customer silent = kernel.customers.create(withoutEmail(person("Sam", unique("Silent"))), admin);
        String janeAddress = jane.details().emails().getFirst().address();
        kernel.dsl.insertInto(UNDELIVERABLE_ADDRESS).set(UNDELIVERABLE_ADDRESS.CUSTOMER_ID, jane.id())
                .set(UNDELIVERABLE_ADDRESS.ADDRESS, janeAddress).set(UNDELIVERABLE_ADDRESS.REASON, "550 no such user")
                .set(UNDELIVERABLE_ADDRESS.REPORTED_AT, Instant.now()).execute();

        assertThat(refusal(CustomerMessage.of(withoutMailbox, silent.id(), "Hi", "Text")))
                .extracting(FieldError::field).containsExactlyInAnyOrder("departmentId", "to");
        assertThat(refusal(CustomerMessage.of(withMailbox, jane.id(), "Hi", "Text")))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("to");
                    assertThat(error.messageKey()).isEqualTo("mail.undeliverableAddress");
                });
        assertThat(refusal(new CustomerMessage(withMailbox, jane.id(), "someone@else.example", "", " ",
                List.of(new MailAttachment("big.bin", "application/octet-stream",
                        new byte[(int) OutgoingMail.MAX_ATTACHMENT_BYTES + 1])))))
                .extracting(FieldError::field).containsExactlyInAnyOrder("subject", "body", "attachments");
        assertThat(kernel.dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.CUSTOMER_ID.in(jane.id(), silent.id()))).isZero();
    }

    @Test
    void aRefusedRecipientIsPermanentAndAnUnreachableServerIsNot() {
        SMTPAddressFailedException unknownUser = new SMTPAddressFailedException(new InternetAddress(), "RCPT", 550,
                "No such user");
        SendFailedException refused = new SendFailedException("Invalid Addresses", unknownUser, new Address[0],
                new Address[0], new Address[] {new InternetAddress()});
        assertThat(MailDelivery.isPermanent(new EmailSender.MailNotSentException("No such user", refused))).isTrue();
        assertThat(MailDelivery.isPermanent(new EmailSender.MailNotSentException("Connection refused",
                new java.net.ConnectException("Connection refused")))).isFalse();
        assertThat(MailDelivery.pauseAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDelivery.pauseAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailDelivery.pauseAfter(29)).isEqualTo(Duration.ofHours(1));
    }

    private List<FieldError> refusal(CustomerMessage message) {
        try {
            kernel.dsl.transaction(tx -> queue.queue(tx.dsl(), "service", message, admin));
        } catch (ValidationException e) {
            return e.errors();
        }
        throw new AssertionError("not refused");
    }

    private MailDelivery delivery(MailFixture mail) {
        return new MailDelivery(kernel.dsl, kernel.clock, mail.accounts,
                new EmailSender(kernel.dsl, kernel.clock, mail.accounts, mail.emails, kernel.customers, kernel.audit),
                mail.emails, kernel.audit);
    }

    /** A department of its own with an active mailbox whose SMTP server listens on {@code smtpPort}. */
    private long departmentWithMailbox(MailFixture mail, int smtpPort) {
        long department = kernel.departments.create(unique("mail").toLowerCase(), "Mail", admin).id();
        mail.user = server.setUser(mail.address, mail.address, MailFixture.PASSWORD);
        mail.accounts.save(null, new MailAccountDraft(department, "Outgoing", mail.address, "127.0.0.1",
                server.getImap().getPort(), MailSecurity.NONE, mail.address, MailFixture.PASSWORD, "INBOX", "127.0.0.1",
                smtpPort, MailSecurity.NONE, mail.address, MailFixture.PASSWORD, true), admin);
        return department;
    }

    private List<String> auditActions(String subjectType, long subjectId) {
        return kernel.dsl.select(AUDIT_ENTRY.ACTION).from(AUDIT_ENTRY).where(AUDIT_ENTRY.SUBJECT_TYPE.eq(subjectType))
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(subjectId))).fetch(AUDIT_ENTRY.ACTION);
    }

    private static int closedPort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static dev.rapport.platform.customer.CustomerDraft withoutEmail(dev.rapport.platform.customer.CustomerDraft draft) {
        return new dev.rapport.platform.customer.CustomerDraft(draft.kind(), draft.firstName(), draft.lastName(),
                draft.organisationName(), draft.stage(), draft.ownerId(), draft.preferredLanguage(),
                draft.currency(), draft.timeZone(), draft.marketingConsent(), List.of(), draft.phones(),
                draft.addresses(), draft.tags(), draft.notes());
    }
}
