package dev.rapport.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.util.Properties;

/**
 * Opens IMAP stores and SMTP transports for a mailbox with its stored credentials: TLS verified against the JVM's
 * trust store (with the host name checked), STARTTLS required where chosen, and timeouts so that a dead server ends
 * a poll instead of holding it.
 */
final class MailConnections {

    static final int TIMEOUT_MS = 20_000;

    private MailConnections() {
    }

    /** A connected store; the caller closes it. */
    static Store openStore(MailAccount account, String password) throws MessagingException {
        return openStore(account, password, TIMEOUT_MS);
    }

    /**
     * A connected store whose reads wait up to {@code readTimeoutMs}: longer than {@link #TIMEOUT_MS} for a connection
     * that waits in IMAP IDLE, where the server is silent until mail comes.
     */
    static Store openStore(MailAccount account, String password, int readTimeoutMs) throws MessagingException {
        MailAccount.ServerSettings imap = account.imap();
        String protocol = imap.security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties properties = properties(protocol, imap);
        properties.put("mail." + protocol + ".timeout", String.valueOf(readTimeoutMs));
        // Fetch large messages in big chunks: fewer round trips when importing a full mailbox.
        properties.put("mail." + protocol + ".fetchsize", "1048576");
        properties.put("mail." + protocol + ".partialfetch", "false");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(imap.host(), imap.port(), imap.user(), password);
        return store;
    }

    /** A connected transport; the caller closes it. */
    static Transport openTransport(Session session, MailAccount account, String password) throws MessagingException {
        MailAccount.ServerSettings smtp = account.smtp();
        Transport transport = session.getTransport(smtp.security() == MailSecurity.TLS ? "smtps" : "smtp");
        transport.connect(smtp.host(), smtp.port(), smtp.user().isBlank() ? null : smtp.user(),
                smtp.user().isBlank() ? null : password);
        return transport;
    }

    /** The session outgoing mail of {@code account} is built and sent in. */
    static Session smtpSession(MailAccount account) {
        MailAccount.ServerSettings smtp = account.smtp();
        Properties properties = properties(smtp.security() == MailSecurity.TLS ? "smtps" : "smtp", smtp);
        properties.put("mail.smtp.auth", String.valueOf(!smtp.user().isBlank()));
        properties.put("mail.smtps.auth", String.valueOf(!smtp.user().isBlank()));
        properties.put("mail.from", account.address());
        return Session.getInstance(properties);
    }

    private static Properties properties(String protocol, MailAccount.ServerSettings server) {
        Properties properties = new Properties();
        String prefix = "mail." + protocol + ".";
        properties.put(prefix + "connectiontimeout", String.valueOf(TIMEOUT_MS));
        properties.put(prefix + "timeout", String.valueOf(TIMEOUT_MS));
        properties.put(prefix + "writetimeout", String.valueOf(TIMEOUT_MS));
        if (server.security() == MailSecurity.TLS) {
            properties.put(prefix + "ssl.checkserveridentity", "true");
        } else if (server.security() == MailSecurity.STARTTLS) {
            properties.put(prefix + "starttls.enable", "true");
            properties.put(prefix + "starttls.required", "true");
            properties.put(prefix + "ssl.checkserveridentity", "true");
        }
        return properties;
    }
}
