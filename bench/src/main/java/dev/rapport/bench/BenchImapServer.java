package dev.rapport.bench;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The IMAP server a generated mailbox is put into, on loopback: Dovecot when it is installed (Debian's
 * {@code dovecot-imapd}; a real server, {@link DovecotServer}), else GreenMail in the bench's JVM. GreenMail is a test
 * server: each FETCH command walks its whole folder once per message in it, so at 10,000 messages it, not the
 * product, takes most of the time (the bench says which server it used).
 */
interface BenchImapServer extends AutoCloseable {

    /** The IMAP port (plain IMAP on 127.0.0.1). */
    int imapPort();

    /** Puts {@code message} into the inbox of the one user. */
    void deliver(MimeMessage message) throws MessagingException, IOException;

    /** What the bench reports as the server. */
    String describe();

    @Override
    void close();

    /** Dovecot when {@code /usr/sbin/dovecot} is there, else GreenMail; one user {@code address} with {@code password}. */
    static BenchImapServer start(String address, String password) throws IOException {
        Path dovecot = Path.of("/usr/sbin/dovecot");
        if (Files.isExecutable(dovecot)) {
            return DovecotServer.start(dovecot, address, password);
        }
        GreenMail server = new GreenMail(ServerSetup.dynamicPort(new ServerSetup[] {ServerSetupTest.IMAP}));
        server.start();
        GreenMailUser user = server.setUser(address, address, password);
        return new BenchImapServer() {
            @Override
            public int imapPort() {
                return server.getImap().getPort();
            }

            @Override
            public void deliver(MimeMessage message) {
                user.deliver(message);
            }

            @Override
            public String describe() {
                return "GreenMail " + GreenMail.class.getPackage().getImplementationVersion()
                        + " in the bench's JVM (install dovecot-imapd for a real server)";
            }

            @Override
            public void close() {
                server.stop();
            }
        };
    }
}
