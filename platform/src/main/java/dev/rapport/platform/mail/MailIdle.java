package dev.rapport.platform.mail;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incoming mail as it arrives: one {@link MailboxIdleWatcher} per active mailbox waits in IMAP IDLE and has the
 * {@link MailPoller} fetch as soon as the server tells of new mail. Every {@link #REREAD} the active mailboxes are
 * read again (watchers start for new or changed ones and stop for removed or deactivated ones). A mailbox whose
 * server does not offer IDLE, or while its watcher reconnects, is still fetched by the minute's
 * {@link MailPollJob}: IDLE only makes mail arrive sooner, nothing depends on it.
 */
public final class MailIdle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailIdle.class);
    static final Duration REREAD = Duration.ofMinutes(1);

    /**
     * Timing of the watchers.
     *
     * @param renew how long one IDLE waits before it is renewed ({@code mail.idle.renew.seconds}, 300)
     * @param firstRetry the pause before the first reconnection after a failure
     * @param maxRetry the longest pause between reconnections
     */
    public record Settings(Duration renew, Duration firstRetry, Duration maxRetry) {

        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), Duration.ofSeconds(1),
                Duration.ofMinutes(5));
    }

    private final MailAccountService accounts;
    private final MailPoller poller;
    private final Settings settings;
    private final Map<Watched, MailboxIdleWatcher> watchers = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread supervisor;

    public MailIdle(MailAccountService accounts, MailPoller poller, Settings settings) {
        this.accounts = accounts;
        this.poller = poller;
        this.settings = settings;
    }

    /** Starts watching the active mailboxes, on a virtual thread of its own. */
    public synchronized void start() {
        running = true;
        supervisor = Thread.ofVirtual().name("mail-idle").start(this::supervise);
    }

    private void supervise() {
        while (running) {
            try {
                watchActive();
                TimeUnit.MILLISECONDS.sleep(REREAD.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("The mailboxes to watch could not be read: {}", e.toString());
                sleepQuietly();
            }
        }
    }

    /** What a watcher's connection depends on: a mailbox whose server or folder changed is watched anew. */
    private record Watched(long id, MailAccount.ServerSettings imap, String folder) {
        static Watched of(MailAccount account) {
            return new Watched(account.id(), account.imap(), account.imapFolder());
        }
    }

    /** Starts a watcher for each active mailbox not yet watched as it is now, and stops the others. */
    void watchActive() {
        Map<Watched, MailAccount> active = new HashMap<>();
        accounts.active().forEach(account -> active.put(Watched.of(account), account));
        watchers.keySet().stream().filter(watched -> !active.containsKey(watched)).toList()
                .forEach(watched -> watchers.remove(watched).close());
        active.forEach((watched, account) -> watchers.computeIfAbsent(watched,
                key -> MailboxIdleWatcher.start(account, accounts, poller, settings)));
    }

    private static void sleepQuietly() {
        try {
            TimeUnit.SECONDS.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void close() {
        running = false;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        watchers.values().forEach(MailboxIdleWatcher::close);
        watchers.clear();
    }
}
