package dev.rapport.bench;

import jakarta.activation.DataHandler;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;

/**
 * An IMAP server on loopback ({@link BenchImapServer}: Dovecot when installed, else GreenMail) holding a department's inbox
 * of generated mail: a tenth from known customers' addresses, every {@value #ATTACHMENT_EVERY}th with a PDF-sized
 * attachment, every {@value #REPLY_EVERY}th a reply to the one before (In-Reply-To and References, "Re:" subject),
 * the rest from unknown senders; plain text bodies of a few paragraphs.
 */
final class GeneratedMailbox implements AutoCloseable {

    static final String PASSWORD = "bench-Imap-1";
    private static final int ATTACHMENT_EVERY = 20;
    private static final int ATTACHMENT_BYTES = 64 * 1024;
    private static final int REPLY_EVERY = 5;
    private static final int FETCH_BATCH = 1000;
    /** About the poller's 8 MB groups for this mail (13 KB a message on average). */
    private static final int WHOLE_BATCH = 500;
    private static final String PARAGRAPH = "Thank you for your quick answer. We would like to know more about the "
            + "delivery times for the spring order and whether the discount we discussed still applies. ";

    private final BenchImapServer server;
    private final String address;

    private GeneratedMailbox(BenchImapServer server, String address) {
        this.server = server;
        this.address = address;
    }

    /** Starts the server and delivers {@code count} messages, {@code knownSenders} cycled through for every tenth. */
    static GeneratedMailbox fill(int count, List<String> knownSenders, long seed) throws MessagingException, IOException {
        // A new address each run: a reused database keeps the mailboxes of earlier runs.
        String address = "support-bench-" + System.currentTimeMillis() + "@rapport.test";
        BenchImapServer server = BenchImapServer.start(address, PASSWORD);
        Session session = Session.getInstance(new Properties());
        SplittableRandom random = new SplittableRandom(seed);
        byte[] attachment = new byte[ATTACHMENT_BYTES];
        random.nextBytes(attachment);
        String previousId = null;
        String previousSubject = null;
        for (int i = 0; i < count; i++) {
            String from = i % 10 == 0 ? knownSenders.get((i / 10) % knownSenders.size())
                    : "sender" + random.nextInt(100_000) + "@unknown" + (i % 97) + ".example";
            boolean reply = i % REPLY_EVERY == REPLY_EVERY - 1 && previousId != null;
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(from));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(address));
            String subject = reply ? "Re: " + previousSubject : "Question about order " + (10_000 + i);
            message.setSubject(subject, "UTF-8");
            message.setSentDate(new Date());
            if (reply) {
                message.setHeader("In-Reply-To", previousId);
                message.setHeader("References", previousId);
            }
            String text = PARAGRAPH.repeat(1 + random.nextInt(8));
            if (i % ATTACHMENT_EVERY == 0) {
                MimeBodyPart body = new MimeBodyPart();
                body.setText(text, "UTF-8");
                MimeBodyPart file = new MimeBodyPart();
                file.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment, "application/pdf")));
                file.setFileName("offer-" + i + ".pdf");
                message.setContent(new MimeMultipart(body, file));
            } else {
                message.setText(text, "UTF-8");
            }
            message.saveChanges();
            previousId = message.getMessageID();
            previousSubject = subject;
            server.deliver(message);
        }
        return new GeneratedMailbox(server, address);
    }

    String address() {
        return address;
    }

    int imapPort() {
        return server.imapPort();
    }

    /** Which server holds the mailbox. */
    String server() {
        return server.describe();
    }

    /**
     * The baseline: Angus Mail fetching every message as the product's poller does (read-only folder, UIDs and sizes
     * fetched a thousand at a time, then the whole messages five hundred at a time), storing nothing.
     *
     * @return the number of messages fetched
     */
    int fetchAllWithoutStoring() throws MessagingException, IOException {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(imapPort()));
        Store store = Session.getInstance(properties).getStore("imap");
        store.connect("127.0.0.1", imapPort(), address, PASSWORD);
        try {
            Folder folder = store.getFolder("INBOX");
            folder.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) folder;
                Message[] messages = uids.getMessagesByUID(1, UIDFolder.MAXUID);
                FetchProfile profile = new FetchProfile();
                profile.add(UIDFolder.FetchProfileItem.UID);
                profile.add(FetchProfile.Item.SIZE);
                FetchProfile whole = new FetchProfile();
                whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
                for (int from = 0; from < messages.length; from += FETCH_BATCH) {
                    Message[] batch = Arrays.copyOfRange(messages, from, Math.min(from + FETCH_BATCH, messages.length));
                    folder.fetch(batch, profile);
                    for (int part = 0; part < batch.length; part += WHOLE_BATCH) {
                        folder.fetch(Arrays.copyOfRange(batch, part, Math.min(part + WHOLE_BATCH, batch.length)), whole);
                    }
                    for (Message message : batch) {
                        uids.getUID(message);
                        message.writeTo(OutputStream.nullOutputStream());
                        ((IMAPMessage) message).invalidateHeaders();
                    }
                }
                return messages.length;
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
