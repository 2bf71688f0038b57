package dev.rapport.platform.mail;

import dev.rapport.sdk.job.JobRun;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches new mail from every active mailbox: the folder is opened read-only (mail stays on the server, unread stays
 * unread), messages above the stored UID are read one by one, and each is stored with the new UID position in one
 * transaction ({@link EmailStore}). A message that cannot be read is stored as refused with a note, so one bad
 * message never blocks the ones after it; when the database or the server fails, the poll of that mailbox ends and
 * the next poll starts again at the first message not stored.
 */
public final class MailPoller {

    private static final Logger log = LoggerFactory.getLogger(MailPoller.class);
    private static final int BATCH = 100;

    private final DSLContext dsl;
    private final Clock clock;
    private final MailAccountService accounts;
    private final EmailStore store;
    private final MailReader reader;
    private final Map<Long, Lock> locks = new ConcurrentHashMap<>();

    public MailPoller(DSLContext dsl, Clock clock, MailAccountService accounts, EmailService emails, MailLimits limits) {
        this.dsl = dsl;
        this.clock = clock;
        this.accounts = accounts;
        this.store = emails.store();
        this.reader = new MailReader(limits);
    }

    /** Polls every active mailbox, reporting progress to {@code run}; returns how many messages were stored. */
    public int pollAll(JobRun run) {
        List<MailAccount> active = accounts.active();
        int stored = 0;
        for (int i = 0; i < active.size() && !run.isCancelled(); i++) {
            run.progress(i, active.size(), active.get(i).name());
            stored += poll(active.get(i), run::isCancelled);
        }
        run.progress(active.size(), active.size(), stored + " messages stored");
        return stored;
    }

    /**
     * Polls one mailbox until all new mail is stored, {@code cancelled} says stop, or something fails. Polls of one
     * mailbox on this node run one after the other (the minute's job and the IDLE watcher may ask at once); the one
     * that waited starts from the position the other left.
     */
    public int poll(MailAccount account, BooleanSupplier cancelled) {
        Lock lock = locks.computeIfAbsent(account.id(), id -> new ReentrantLock());
        lock.lock();
        try {
            // Read again: the poll this one waited for moved the position, or the mailbox is gone.
            return accounts.find(account.id()).map(current -> pollLocked(current, cancelled)).orElse(0);
        } finally {
            lock.unlock();
        }
    }

    private int pollLocked(MailAccount account, BooleanSupplier cancelled) {
        AtomicInteger stored = new AtomicInteger();
        String error = null;
        try (Store connection = accounts.openStore(account)) {
            Folder folder = connection.getFolder(account.imapFolder());
            folder.open(Folder.READ_ONLY);
            try {
                fetchNew(account, folder, cancelled, stored);
            } finally {
                folder.close(false);
            }
        } catch (MessagingException | RuntimeException e) {
            error = MailAccountService.describe(e);
            log.warn("Polling the mailbox {} ({}) stopped: {}", account.id(), account.name(), error);
        }
        try {
            accounts.polled(account.id(), clock.instant(), error);
        } catch (RuntimeException e) {
            log.warn("Mailbox {}: the poll's outcome was not recorded: {}", account.id(), e.toString());
        }
        return stored.get();
    }

    /** Stores the new messages one by one, counting them in {@code stored} (which stays right when one fails). */
    private void fetchNew(MailAccount account, Folder folder, BooleanSupplier cancelled, AtomicInteger stored)
            throws MessagingException {
        UIDFolder uids = (UIDFolder) folder;
        long validity = uids.getUIDValidity();
        long lastUid = account.lastUid();
        if (account.uidValidity() == null || account.uidValidity() != validity) {
            if (account.uidValidity() != null) {
                log.warn("Mailbox {}: the folder {} was renumbered (UIDVALIDITY {} -> {}); fetching it again",
                        account.id(), account.imapFolder(), account.uidValidity(), validity);
            }
            accounts.resetUids(account.id(), validity);
            lastUid = 0;
        }
        Message[] messages = uids.getMessagesByUID(lastUid + 1, UIDFolder.MAXUID);
        FetchProfile profile = new FetchProfile();
        profile.add(UIDFolder.FetchProfileItem.UID);
        profile.add(FetchProfile.Item.SIZE);
        for (int from = 0; from < messages.length; from += BATCH) {
            Message[] batch = Arrays.copyOfRange(messages, from, Math.min(from + BATCH, messages.length));
            folder.fetch(batch, profile);
            for (Message message : batch) {
                if (cancelled.getAsBoolean()) {
                    return;
                }
                long uid = uids.getUID(message);
                // "n:*" always names the newest message, even when its UID is below n.
                if (uid > lastUid) {
                    storeOne(account, validity, uid, message);
                    stored.incrementAndGet();
                }
            }
        }
    }

    private void storeOne(MailAccount account, long validity, long uid, Message message) throws MessagingException {
        IncomingMail mail;
        boolean refused = false;
        try {
            if (reader.tooLarge(message)) {
                refused = true;
                mail = headers(message, "The message is larger than the limit (" + message.getSize()
                        + " bytes) and was not fetched");
            } else {
                mail = reader.read(message);
            }
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException | StackOverflowError e) {
            refused = true;
            mail = headers(message, "The message could not be read: " + MailAccountService.describe(e));
            log.info("Mailbox {}: message UID {} refused: {}", account.id(), uid, e.toString());
        }
        IncomingMail read = mail;
        boolean isRefused = refused;
        if (store.alreadyStored(dsl, account.id(), read.messageId())) {
            // The folder was renumbered: this one came in under the old numbers.
            dsl.transaction(tx -> store.moveTo(tx.dsl(), account.id(), validity, uid));
            return;
        }
        try {
            dsl.transaction(tx -> store.storeFetched(tx.dsl(), account, validity, uid, read, isRefused));
        } catch (IntegrityConstraintViolationException e) {
            if (!store.storedUid(dsl, account.id(), validity, uid)) {
                throw e;
            }
            // Another node's poll stored this UID a moment ago (the unique key): nothing to do twice.
            log.debug("Mailbox {}: message UID {} was stored by another poll", account.id(), uid);
        }
    }

    private IncomingMail headers(Message message, String note) {
        try {
            return reader.headersOnly(message, note);
        } catch (MessagingException | RuntimeException e) {
            return new IncomingMail(null, null, List.of(), null, null, null, null, null, null, List.of(),
                    List.of(MailReader.cut(note, 900)), null);
        }
    }
}
