package dev.rapport.platform.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits in IMAP IDLE (RFC 2177) on one mailbox's folder and polls the mailbox whenever the server tells of a change,
 * on a virtual thread of its own. The wait is renewed every {@link MailIdle.Settings#renew} (servers end an IDLE
 * after 30 minutes, and a connection that died silently is found by the read timeout of the renewal). When the
 * connection fails the watcher connects again after a pause that doubles from {@link MailIdle.Settings#firstRetry}
 * up to {@link MailIdle.Settings#maxRetry}, and polls at once on reconnecting, so that nothing that came meanwhile
 * waits. A server without IDLE ends the watcher: the minute's poll job serves that mailbox.
 */
final class MailboxIdleWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailboxIdleWatcher.class);
    /** Renews every watcher's IDLE; one small scheduler for all mailboxes of the node. */
    private static final ScheduledExecutorService RENEWALS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "mail-idle-renewal");
        thread.setDaemon(true);
        return thread;
    });

    /** What the watcher is doing, for tests and the log. */
    enum State { CONNECTING, IDLE, RECONNECTING, NO_IDLE, STOPPED }

    private final MailAccount account;
    private final MailAccountService accounts;
    private final MailPoller poller;
    private final MailIdle.Settings settings;
    private volatile boolean running = true;
    private volatile State state = State.CONNECTING;
    private volatile Store store;
    private Thread thread;

    private MailboxIdleWatcher(MailAccount account, MailAccountService accounts, MailPoller poller,
                               MailIdle.Settings settings) {
        this.account = account;
        this.accounts = accounts;
        this.poller = poller;
        this.settings = settings;
    }

    static MailboxIdleWatcher start(MailAccount account, MailAccountService accounts, MailPoller poller,
                                    MailIdle.Settings settings) {
        MailboxIdleWatcher watcher = new MailboxIdleWatcher(account, accounts, poller, settings);
        watcher.thread = Thread.ofVirtual().name("mail-idle-" + account.id()).start(watcher::run);
        return watcher;
    }

    State state() {
        return state;
    }

    private void run() {
        Duration pause = settings.firstRetry();
        int failuresInARow = 0;
        while (running) {
            try {
                watch();
                if (state == State.NO_IDLE) {
                    return;
                }
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    break;
                }
                state = State.RECONNECTING;
                // The first failure in a row is worth a warning; the retries after it are not.
                if (failuresInARow++ == 0) {
                    log.warn("Mailbox {} ({}): IMAP IDLE stopped, connecting again: {}", account.id(), account.name(),
                            MailAccountService.describe(e));
                } else {
                    log.debug("Mailbox {}: reconnection {} failed: {}", account.id(), failuresInARow, e.toString());
                }
                if (!sleep(pause)) {
                    break;
                }
                pause = pause.multipliedBy(2).compareTo(settings.maxRetry()) > 0 ? settings.maxRetry()
                        : pause.multipliedBy(2);
                continue;
            }
            pause = settings.firstRetry();
            failuresInARow = 0;
        }
        state = State.STOPPED;
    }

    /** One connection: polls, then waits in IDLE and polls after each notice, until it fails or is closed. */
    private void watch() throws MessagingException {
        int readTimeout = Math.toIntExact(settings.renew().plusSeconds(60).toMillis());
        try (Store connected = accounts.openIdleStore(account, readTimeout)) {
            store = connected;
            if (!(connected instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                log.info("Mailbox {} ({}): the server does not offer IMAP IDLE; mail is fetched every minute",
                        account.id(), account.name());
                state = State.NO_IDLE;
                return;
            }
            IMAPFolder folder = (IMAPFolder) connected.getFolder(account.imapFolder());
            folder.open(Folder.READ_ONLY);
            poller.poll(account, () -> !running);
            state = State.IDLE;
            while (running && folder.isOpen()) {
                // Any call on the folder from another thread ends the IDLE; the loop then starts a new one.
                ScheduledFuture<?> renewal = RENEWALS.schedule(() -> renew(folder), settings.renew().toMillis(),
                        TimeUnit.MILLISECONDS);
                try {
                    folder.idle(true);
                } finally {
                    renewal.cancel(false);
                }
                if (running) {
                    poller.poll(account, () -> !running);
                }
            }
        } finally {
            store = null;
        }
    }

    private void renew(IMAPFolder folder) {
        try {
            folder.getMessageCount();
        } catch (MessagingException | RuntimeException e) {
            log.debug("Mailbox {}: renewing IDLE failed: {}", account.id(), e.toString());
        }
    }

    private boolean sleep(Duration pause) {
        try {
            TimeUnit.MILLISECONDS.sleep(pause.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        running = false;
        Store connected = store;
        if (connected != null) {
            try {
                // Closing the connection ends the IDLE at once.
                connected.close();
            } catch (MessagingException | RuntimeException e) {
                log.debug("Mailbox {}: closing the IDLE connection: {}", account.id(), e.toString());
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }
}
