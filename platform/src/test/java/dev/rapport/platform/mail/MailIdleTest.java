package dev.rapport.platform.mail;

import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.interaction.Interaction;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.user.Actor;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incoming mail by IMAP IDLE against a real IMAP server (GreenMail, which offers IDLE): a message is on the
 * customer's timeline within seconds without the minute's poll job, and a watcher whose server went away connects
 * again by itself and fetches what came meanwhile and after.
 */
class MailIdleTest {

    private static final MailIdle.Settings FAST = new MailIdle.Settings(Duration.ofSeconds(30),
            Duration.ofMillis(200), Duration.ofSeconds(1));

    @RegisterExtension
    static final GreenMailExtension server = MailFixture.server();
    @TempDir
    static Path dataDir;

    private final Kernel kernel = new Kernel();
    private final Actor admin = kernel.newActor();

    private static boolean within(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
        return true;
    }

    private List<Interaction> timeline(long customerId) {
        return kernel.interactions.recent(customerId, 50);
    }

    @Test
    void mailArrivingWhileTheWatcherWaitsIsOnTheTimelineWithinSeconds() throws Exception {
        MailFixture mail = new MailFixture(kernel, dataDir);
        MailAccount account = mail.connect(server, admin);
        Customer jane = kernel.customers.create(person("Jane", unique("Idle")), admin);
        MailPoller poller = mail.poller(kernel.dsl, MailLimits.DEFAULT);
        try (MailboxIdleWatcher watcher = MailboxIdleWatcher.start(account, mail.accounts, poller, FAST)) {
            assertThat(within(Duration.ofSeconds(20), () -> watcher.state() == MailboxIdleWatcher.State.IDLE))
                    .as("waiting in IDLE").isTrue();
            long sent = System.nanoTime();
            mail.deliver(jane.details().emails().getFirst().address(), "Pushed, not polled", "Hello");

            assertThat(within(Duration.ofSeconds(10), () -> !timeline(jane.id()).isEmpty())).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("well before the minute's poll")
                    .isLessThan(Duration.ofSeconds(10));
            assertThat(timeline(jane.id())).singleElement()
                    .satisfies(logged -> assertThat(logged.subject()).isEqualTo("Pushed, not polled"));
            assertThat(watcher.state()).isEqualTo(MailboxIdleWatcher.State.IDLE);
        }
    }

    @Test
    void aWatcherConnectsAgainAfterTheServerWasDownAndMissesNothing() throws Exception {
        ServerSetup[] setup = {new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)};
        GreenMail flaky = new GreenMail(setup);
        flaky.start();
        MailFixture mail = new MailFixture(kernel, dataDir);
        MailAccount account = mail.connect(flaky, admin);
        Customer jane = kernel.customers.create(person("Jane", unique("Reconnect")), admin);
        String janeAddress = jane.details().emails().getFirst().address();
        MailboxIdleWatcher watcher = MailboxIdleWatcher.start(account, mail.accounts,
                mail.poller(kernel.dsl, MailLimits.DEFAULT), FAST);
        try {
            assertThat(within(Duration.ofSeconds(20), () -> watcher.state() == MailboxIdleWatcher.State.IDLE)).isTrue();
            mail.deliver(janeAddress, "Before the outage", "1");
            assertThat(within(Duration.ofSeconds(10), () -> timeline(jane.id()).size() == 1)).isTrue();

            flaky.stop();
            assertThat(within(Duration.ofSeconds(20), () -> watcher.state() == MailboxIdleWatcher.State.RECONNECTING))
                    .as("the watcher saw the connection go").isTrue();
            flaky = new GreenMail(setup);
            flaky.start();
            // The new server starts with an empty mailbox; the stranger's message takes the UID the first one had.
            mail.user = flaky.setUser(mail.address, mail.address, MailFixture.PASSWORD);
            mail.deliver(unique("stranger").toLowerCase() + "@elsewhere.example", "Filler", "0");
            mail.deliver(janeAddress, "While reconnecting", "2");
            assertThat(within(Duration.ofSeconds(20), () -> timeline(jane.id()).size() == 2))
                    .as("fetched on reconnecting").isTrue();
            assertThat(within(Duration.ofSeconds(10), () -> watcher.state() == MailboxIdleWatcher.State.IDLE)).isTrue();

            mail.deliver(janeAddress, "After the outage", "3");
            assertThat(within(Duration.ofSeconds(10), () -> timeline(jane.id()).size() == 3)).isTrue();
            assertThat(timeline(jane.id())).extracting(Interaction::subject)
                    .containsExactlyInAnyOrder("Before the outage", "While reconnecting", "After the outage");
        } finally {
            watcher.close();
            flaky.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
