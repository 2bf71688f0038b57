package dev.rapport.testkit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.rapport.platform.mail.MailAccountDraft;
import dev.rapport.platform.mail.MailAccountService;
import dev.rapport.platform.mail.MailSecurity;
import dev.rapport.platform.user.Actor;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One in-process SMTP and IMAP server per test JVM (GreenMail, free ports) that departments' mailboxes are connected
 * to; it keeps what the kernel sends so tests can read it.
 */
final class TestMailServer {

    private static final String PASSWORD = "testkit-mail";
    private static TestMailServer instance;

    private final GreenMail server;

    private TestMailServer() {
        server = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "testkit-mail-stop"));
    }

    static synchronized TestMailServer get() {
        if (instance == null) {
            instance = new TestMailServer();
        }
        return instance;
    }

    /** Whether a server was started (nothing to forget otherwise). */
    static synchronized boolean started() {
        return instance != null;
    }

    /** Connects an active mailbox of the department to this server, unless it has an active one already. */
    void connect(MailAccountService accounts, long departmentId, String departmentCode) {
        if (accounts.ofDepartment(departmentId).stream().anyMatch(dev.rapport.platform.mail.MailAccount::active)) {
            return;
        }
        String address = departmentCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "") + "@testkit.example";
        server.setUser(address, address, PASSWORD);
        accounts.save(null, new MailAccountDraft(departmentId, "Testkit " + departmentCode, address, "127.0.0.1",
                server.getImap().getPort(), MailSecurity.NONE, address, PASSWORD, "INBOX", "127.0.0.1",
                server.getSmtp().getPort(), MailSecurity.NONE, address, PASSWORD, true), Actor.SYSTEM);
    }

    /** Forgets what was received so far. */
    void clear() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot clear the test mail server", e);
        }
    }

    /** What was received since the last {@link #clear}, oldest first. */
    List<SentMail> received() {
        return Arrays.stream(server.getReceivedMessages()).map(TestMailServer::read).toList();
    }

    private static SentMail read(MimeMessage message) {
        try {
            List<String> to = Arrays.stream(message.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
            String from = ((InternetAddress) message.getFrom()[0]).getAddress();
            String text;
            List<SentMail.Attachment> attachments = new ArrayList<>();
            if (message.getContent() instanceof Multipart parts) {
                text = String.valueOf(parts.getBodyPart(0).getContent()).strip();
                for (int i = 1; i < parts.getCount(); i++) {
                    BodyPart part = parts.getBodyPart(i);
                    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                        attachments.add(new SentMail.Attachment(MimeUtility.decodeText(part.getFileName()),
                                part.getContentType().split(";")[0].strip(), part.getInputStream().readAllBytes()));
                    }
                }
            } else {
                text = String.valueOf(message.getContent()).strip();
            }
            return new SentMail(from, to, message.getSubject(), text, List.copyOf(attachments));
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read a received mail", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
