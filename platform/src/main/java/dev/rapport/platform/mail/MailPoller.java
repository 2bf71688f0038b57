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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPMessage;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches new mail from every active mailbox: the folder is opened read-only (mail stays on the server, unread stays
 * unread), messages above the stored UID are fetched a group at a time and each group is stored with the new UID
 * position in one transaction ({@link EmailStore}). A message that cannot be read is stored as refused with a note, so one bad
 * message never blocks the ones after it; when the database or the server fails, the poll of that mailbox ends and
 * the next poll starts again at the first message not stored.
 */
public final class MailPoller {

    private static final Logger log = LoggerFactory.getLogger(MailPoller.class);
    /**
     * UIDs and sizes are fetched this many at a time: few commands, since a server may walk its whole folder for each
     * (GreenMail does), and a small answer (a few dozen bytes a message).
     */
    private static final int BATCH = 1000;
    /** At most this much mail is held in memory and stored in one transaction (a message over it goes alone). */
    private static final long GROUP_BYTES = 8L << 20;

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

    /**
     * Stores the new messages a group at a time, counting them in {@code stored}: a thousand UIDs and sizes per
     * command, then the whole of each group's messages under the size limit in one more command (a round trip per
     * group, not per message and part), each group read and stored in one transaction with the position after it.
     */
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
        FetchProfile positions = new FetchProfile();
        positions.add(UIDFolder.FetchProfileItem.UID);
        positions.add(FetchProfile.Item.SIZE);
        for (int from = 0; from < messages.length; from += BATCH) {
            Message[] batch = Arrays.copyOfRange(messages, from, Math.min(from + BATCH, messages.length));
            folder.fetch(batch, positions);
            List<Message> fresh = new ArrayList<>();
            for (Message message : batch) {
                // "n:*" always names the newest message, even when its UID is below n.
                if (uids.getUID(message) > lastUid) {
                    fresh.add(message);
                }
            }
            for (List<Message> group : groups(fresh)) {
                prefetch(folder, group);
                List<FetchedMail> read = new ArrayList<>(group.size());
                for (Message message : group) {
                    if (cancelled.getAsBoolean()) {
                        break;
                    }
                    read.add(read(account, uids.getUID(message), message));
                }
                // What was read before a stop is stored: the next poll starts after it.
                storeGroup(account, validity, read);
                stored.addAndGet(read.size());
                release(group);
                if (read.size() < group.size()) {
                    return;
                }
            }
        }
    }

    /** A message as read, before it is stored. */
    private record FetchedMail(long uid, IncomingMail mail, boolean refused) {
    }

    /** Consecutive messages whose sizes (of those under the limit, which are fetched whole) add up to at most GROUP_BYTES. */
    private List<List<Message>> groups(List<Message> messages) throws MessagingException {
        List<List<Message>> groups = new ArrayList<>();
        List<Message> group = new ArrayList<>();
        long bytes = 0;
        for (Message message : messages) {
            long size = reader.tooLarge(message) ? 0 : Math.max(0, message.getSize());
            if (!group.isEmpty() && bytes + size > GROUP_BYTES) {
                groups.add(group);
                group = new ArrayList<>();
                bytes = 0;
            }
            group.add(message);
            bytes += size;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }

    /** Fetches the whole of each message under the size limit in one IMAP command; read then parses it locally. */
    private void prefetch(Folder folder, List<Message> group) throws MessagingException {
        if (!(folder instanceof IMAPFolder)) {
            return;
        }
        List<Message> wanted = new ArrayList<>(group.size());
        for (Message message : group) {
            if (!reader.tooLarge(message)) {
                wanted.add(message);
            }
        }
        if (!wanted.isEmpty()) {
            FetchProfile whole = new FetchProfile();
            whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
            folder.fetch(wanted.toArray(Message[]::new), whole);
        }
    }

    /** Drops the fetched content the open folder would otherwise keep for every message until it closes. */
    private static void release(List<Message> group) {
        for (Message message : group) {
            if (message instanceof IMAPMessage imap) {
                imap.invalidateHeaders();
            }
        }
    }

    private FetchedMail read(MailAccount account, long uid, Message message) throws MessagingException {
        try {
            if (reader.tooLarge(message)) {
                return new FetchedMail(uid, headers(message, "The message is larger than the limit ("
                        + message.getSize() + " bytes) and was not fetched"), true);
            }
            return new FetchedMail(uid, reader.read(message), false);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException | StackOverflowError e) {
            log.info("Mailbox {}: message UID {} refused: {}", account.id(), uid, e.toString());
            return new FetchedMail(uid, headers(message, "The message could not be read: "
                    + MailAccountService.describe(e)), true);
        }
    }

    /**
     * Stores a group in one transaction. When another node's poll stored one of its UIDs a moment ago (the unique key
     * refuses the group), each message is stored on its own, and the ones already there are skipped.
     */
    private void storeGroup(MailAccount account, long validity, List<FetchedMail> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            dsl.transaction(tx -> {
                for (FetchedMail fetched : group) {
                    storeIn(tx.dsl(), account, validity, fetched);
                }
            });
        } catch (IntegrityConstraintViolationException e) {
            log.debug("Mailbox {}: part of a group was stored by another poll; storing one by one", account.id());
            for (FetchedMail fetched : group) {
                storeOne(account, validity, fetched);
            }
        }
    }

    private void storeOne(MailAccount account, long validity, FetchedMail fetched) {
        try {
            dsl.transaction(tx -> storeIn(tx.dsl(), account, validity, fetched));
        } catch (IntegrityConstraintViolationException e) {
            if (!store.storedUid(dsl, account.id(), validity, fetched.uid())) {
                throw e;
            }
            // Another node's poll stored this UID a moment ago (the unique key): nothing to do twice.
            log.debug("Mailbox {}: message UID {} was stored by another poll", account.id(), fetched.uid());
        }
    }

    private void storeIn(DSLContext tx, MailAccount account, long validity, FetchedMail fetched) {
        if (store.alreadyStored(tx, account.id(), fetched.mail().messageId())) {
            // The folder was renumbered: this one came in under the old numbers.
            store.moveTo(tx, account.id(), validity, fetched.uid());
        } else {
            store.storeFetched(tx, account, validity, fetched.uid(), fetched.mail(), fetched.refused());
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
