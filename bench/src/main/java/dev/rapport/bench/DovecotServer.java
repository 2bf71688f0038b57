package dev.rapport.bench;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Dovecot started by the bench in a folder of its own (configuration, sockets, log and one Maildir under
 * {@code /tmp}), plain IMAP on a free loopback port, one user whose password the bench sets; mail is delivered by
 * writing Maildir files, as a delivery agent does. Run as root, the mail belongs to the system user {@code mail} and
 * Dovecot's own processes to its {@code dovecot} and {@code dovenull} users (as the package installs them); run as
 * another user, everything runs as that user. Stopped, its folder is deleted.
 */
final class DovecotServer implements BenchImapServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path home;
    private final Path newMail;
    private final int port;
    private final UserPrincipal owner;
    private final GroupPrincipal group;
    private long delivered;

    private DovecotServer(Process process, Path home, int port, UserPrincipal owner, GroupPrincipal group) {
        this.process = process;
        this.home = home;
        this.newMail = home.resolve("mail/Maildir/new");
        this.port = port;
        this.owner = owner;
        this.group = group;
    }

    static DovecotServer start(Path dovecot, String address, String password) throws IOException {
        Path home = Files.createTempDirectory(Path.of("/tmp"), "dovecot-bench-");
        boolean root = "root".equals(System.getProperty("user.name"));
        String mailUser = root ? "mail" : System.getProperty("user.name");
        UserPrincipalLookupService users = home.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = users.lookupPrincipalByName(mailUser);
        GroupPrincipal group = root ? users.lookupPrincipalByGroupName("mail") : null;
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        for (String folder : new String[] {"mail", "mail/Maildir", "mail/Maildir/new", "mail/Maildir/cur",
                "mail/Maildir/tmp"}) {
            own(Files.createDirectories(home.resolve(folder)), owner, group);
        }
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path configuration = home.resolve("dovecot.conf");
        Files.writeString(configuration, configuration(home, port, password, mailUser, root));
        Process process = new ProcessBuilder(dovecot.toString(), "-F", "-c", configuration.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("dovecot.out").toFile()).start();
        DovecotServer server = new DovecotServer(process, home, port, owner, group);
        server.awaitListening();
        return server;
    }

    private static String configuration(Path home, int port, String password, String mailUser, boolean root) {
        String self = System.getProperty("user.name");
        return String.join("\n",
                "base_dir = " + home.resolve("run"),
                "state_dir = " + home.resolve("state"),
                "log_path = " + home.resolve("dovecot.log"),
                "protocols = imap",
                "listen = 127.0.0.1",
                "ssl = no",
                "disable_plaintext_auth = no",
                "auth_mechanisms = plain login",
                "default_internal_user = " + (root ? "dovecot" : self),
                "default_login_user = " + (root ? "dovenull" : self),
                "first_valid_uid = 1",
                "mail_location = maildir:" + home.resolve("mail/Maildir"),
                "passdb {", "  driver = static", "  args = password=" + password, "}",
                "userdb {", "  driver = static", "  args = uid=" + mailUser + " gid=" + (root ? "mail" : mailUser)
                        + " home=" + home.resolve("mail"), "}",
                "service imap-login {", "  inet_listener imap {", "    address = 127.0.0.1", "    port = " + port,
                "  }", "  inet_listener imaps {", "    port = 0", "  }", "}",
                "");
    }

    private void awaitListening() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Dovecot stopped at once: " + log());
            }
            try (Socket probe = new Socket()) {
                probe.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        close();
        throw new IOException("Dovecot did not listen on port " + port + " within " + START_TIMEOUT + ": " + log());
    }

    @Override
    public int imapPort() {
        return port;
    }

    /** Writes the message as a new Maildir file (through tmp/, as delivery agents do, so no half file is seen). */
    @Override
    public void deliver(MimeMessage message) throws MessagingException, IOException {
        String name = System.currentTimeMillis() / 1000 + ".M" + (++delivered) + "P" + ProcessHandle.current().pid()
                + ".bench";
        Path written = home.resolve("mail/Maildir/tmp").resolve(name);
        try (OutputStream out = Files.newOutputStream(written)) {
            message.writeTo(out);
        }
        own(written, owner, group);
        Files.move(written, newMail.resolve(name));
    }

    @Override
    public String describe() {
        return "Dovecot (" + Path.of("/usr/sbin/dovecot") + ", Maildir, plain IMAP on loopback)";
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Dovecot's master stopped; its children end with it. The folder only held generated mail.
        try (var files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("Could not delete " + home + ": " + e);
        }
    }

    private String log() {
        try {
            Path log = Files.exists(home.resolve("dovecot.log")) ? home.resolve("dovecot.log") : home.resolve("dovecot.out");
            return Files.exists(log) ? Files.readString(log) : "(no log)";
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    private static void own(Path path, UserPrincipal owner, GroupPrincipal group) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(owner);
        if (group != null) {
            view.setGroup(group);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
