package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.EMAIL_MESSAGE;
import static dev.rapport.platform.internal.db.Tables.MAIL_ACCOUNT;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.interaction.Direction;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Mailbox settings with sealed passwords, the connection test, and sending mail to a customer. */
class MailAccountAndSendingTest {

    @RegisterExtension
    static final GreenMailExtension server = MailFixture.server();
    @TempDir
    Path dataDir;

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();

    @Test
    void passwordsAreStoredEncryptedUnderAnOwnerOnlyKeyAndNeverShownBack() throws Exception {
        MailFixture mail = new MailFixture(kernel, dataDir);
        MailAccount account = mail.connect(server, admin);

        byte[] stored = kernel.dsl.select(MAIL_ACCOUNT.IMAP_PASSWORD).from(MAIL_ACCOUNT)
                .where(MAIL_ACCOUNT.ID.eq(account.id())).fetchSingle().value1();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(MailFixture.PASSWORD);
        assertThat(account.imap().passwordStored()).isTrue();
        assertThat(account.toString()).doesNotContain(MailFixture.PASSWORD);
        Path key = dataDir.resolve("secrets.key");
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(mail.accounts.imapPassword(account.id())).isEqualTo(MailFixture.PASSWORD);

        // Saving without a password keeps the stored one.
        MailAccount renamed = mail.accounts.save(account.id(), new MailAccountDraft(account.departmentId(), "Renamed",
                account.address(), "127.0.0.1", account.imap().port(), MailSecurity.NONE, account.imap().user(), "",
                "INBOX", "127.0.0.1", account.smtp().port(), MailSecurity.NONE, account.smtp().user(), null, false), admin);
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(mail.accounts.testConnection(account.id(), admin)).isEmpty();
    }

    @Test
    void theConnectionTestNamesWhatFailed() {
        MailFixture mail = new MailFixture(kernel, dataDir);
        MailAccount account = mail.connect(server, admin);
        MailAccount wrong = mail.accounts.save(account.id(), new MailAccountDraft(account.departmentId(), account.name(),
                account.address(), "127.0.0.1", account.imap().port(), MailSecurity.NONE, account.imap().user(),
                "wrong password", "INBOX", "127.0.0.1", account.smtp().port(), MailSecurity.NONE, account.smtp().user(),
                null, false), admin);
        assertThat(mail.accounts.testConnection(wrong.id(), admin)).hasValueSatisfying(error ->
                assertThat(error).startsWith("IMAP 127.0.0.1:" + account.imap().port()).containsIgnoringCase("password"));

        assertThatThrownBy(() -> mail.accounts.save(null, new MailAccountDraft(account.departmentId(), "", "not an address",
                "", 0, MailSecurity.TLS, "", "", "INBOX", "", 587, MailSecurity.STARTTLS, "", "", true), admin))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting("field")
                        .contains("name", "address", "imapHost", "imapPort", "imapUser", "imapPassword", "smtpHost"));
    }

    @Test
    void mailSentToACustomerGoesOutByTheMailboxAndIsLoggedWithItsMessageIdSoTheReplyThreads() throws Exception {
        MailFixture mail = new MailFixture(kernel, dataDir);
        MailAccount account = mail.connect(server, admin);
        mail.accounts.save(account.id(), new MailAccountDraft(account.departmentId(), account.name(), account.address(),
                "127.0.0.1", account.imap().port(), MailSecurity.NONE, account.imap().user(), null, "INBOX", "127.0.0.1",
                account.smtp().port(), MailSecurity.NONE, account.smtp().user(), null, true), admin);
        Customer jane = kernel.customers.create(person("Jane", unique("Send")), admin);
        String to = jane.details().emails().getFirst().address();
        EmailSender sender = new EmailSender(kernel.dsl, kernel.clock, mail.accounts, mail.emails, kernel.customers,
                kernel.audit);

        long interactionId = sender.send(new OutgoingEmail(jane.id(), account.id(), to, "Your offer",
                EmailTemplateService.render("Dear {{firstName}}, here it is.", jane)), admin);

        MimeMessage received = server.getReceivedMessagesForDomain("example.com")[0];
        assertThat(received.getSubject()).isEqualTo("Your offer");
        assertThat(((String) received.getContent()).strip()).isEqualTo("Dear Jane, here it is.");
        Interaction logged = kernel.interactions.get(interactionId);
        assertThat(logged.direction()).isEqualTo(Direction.OUTBOUND);
        assertThat(logged.recordedBy()).isEqualTo(admin.userId());
        StoredEmail sent = mail.emails.ofInteraction(interactionId, admin).orElseThrow();
        assertThat(sent.messageId()).isEqualTo(received.getMessageID());

        // The customer's reply comes into the mailbox and joins the thread of the sent mail.
        MimeMessage reply = mail.message(to, "Re: Your offer", "Thanks!");
        reply.setSentDate(java.util.Date.from(java.time.Instant.now().plusSeconds(2)));
        reply.saveChanges();
        reply.setHeader("In-Reply-To", sent.messageId());
        mail.user.deliver(reply);
        mail.poller(kernel.dsl, MailLimits.DEFAULT).poll(mail.accounts.get(account.id()), () -> false);
        assertThat(mail.emails.thread(sent.threadId())).extracting(StoredEmail::subject)
                .containsExactly("Your offer", "Re: Your offer");

        assertThatThrownBy(() -> sender.send(new OutgoingEmail(jane.id(), account.id(), "nobody", "", ""), admin))
                .isInstanceOf(ValidationException.class);
        assertThat(kernel.dsl.fetchCount(EMAIL_MESSAGE, EMAIL_MESSAGE.CUSTOMER_ID.eq(jane.id()))).isEqualTo(2);
    }
}
