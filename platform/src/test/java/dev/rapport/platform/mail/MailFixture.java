package dev.rapport.platform.mail;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.Date;
import java.util.Properties;
import org.jooq.DSLContext;

/** A GreenMail server (dynamic ports) with a mailbox connected to a department, and helpers to deliver mail to it. */
final class MailFixture {

    static final String PASSWORD = "s3cret-Imap!";

    static GreenMailExtension server() {
        return new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
    }

    final Kernel kernel;
    final MailAccountService accounts;
    final EmailService emails;
    final String address = Kernel.unique("support").toLowerCase() + "@rapport.test";
    GreenMailUser user;

    MailFixture(Kernel kernel, Path dataDir) {
        this.kernel = kernel;
        this.accounts = new MailAccountService(kernel.dsl, kernel.clock, new SecretBox(dataDir), kernel.audit);
        this.emails = new EmailService(kernel.dsl, kernel.clock, kernel.customers, kernel.interactions, kernel.audit);
    }

    /** A mailbox of the service department on {@code server}; inactive, so only the test polls it. */
    MailAccount connect(GreenMailOperations server, Actor admin) {
        user = server.setUser(address, address, PASSWORD);
        long department = kernel.departments.findByCode("service").orElseThrow().id();
        return accounts.save(null, new MailAccountDraft(department, "Support " + address, address, "127.0.0.1",
                server.getImap().getPort(), MailSecurity.NONE, address, PASSWORD, "INBOX", "127.0.0.1",
                server.getSmtp().getPort(), MailSecurity.NONE, address, PASSWORD, false), admin);
    }

    MailPoller poller(DSLContext dsl, MailLimits limits) {
        return new MailPoller(dsl, kernel.clock, accounts, emails, limits);
    }

    MimeMessage message(String from, String subject, String text) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.setSentDate(new Date());
        return message;
    }

    void deliver(MimeMessage message) throws MessagingException {
        message.saveChanges();
        user.deliver(message);
    }

    void deliver(String from, String subject, String text) throws MessagingException {
        deliver(message(from, subject, text));
    }
}
