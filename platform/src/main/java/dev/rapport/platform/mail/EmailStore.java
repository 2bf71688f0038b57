package dev.rapport.platform.mail;

import static dev.rapport.platform.internal.db.Tables.CUSTOMER_CONTACT;
import static dev.rapport.platform.internal.db.Tables.CUSTOMER_EMAIL;
import static dev.rapport.platform.internal.db.Tables.EMAIL_ATTACHMENT;
import static dev.rapport.platform.internal.db.Tables.EMAIL_MESSAGE;
import static dev.rapport.platform.internal.db.Tables.MAIL_ACCOUNT;
import static dev.rapport.platform.internal.db.Tables.UNDELIVERABLE_ADDRESS;

import dev.rapport.platform.interaction.InteractionDraft;
import dev.rapport.platform.interaction.InteractionService;
import dev.rapport.platform.internal.db.tables.records.EmailMessageRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import dev.rapport.sdk.interaction.Outcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Writes mail into the database: each fetched message with its attachments, its interaction on the customer's
 * timeline (or its place in the unmatched inbox, or the undeliverable address it reports) and the mailbox's new
 * UID position, all in one transaction. Either all of it is there or none of it, so a poll that fails half-way
 * leaves the message to the next poll.
 */
final class EmailStore {

    /** The source of interactions logged from mail. */
    static final String SOURCE = "email";

    /** The customer (and contact person) a sender's address belongs to. */
    record Match(long customerId, Long contactId) {
    }

    /** What became of a stored message. */
    enum Stored { LOGGED, UNMATCHED, BOUNCE, REFUSED }

    private final Clock clock;
    private final InteractionService interactions;

    EmailStore(Clock clock, InteractionService interactions) {
        this.clock = clock;
        this.interactions = interactions;
    }

    /**
     * Stores a fetched message and moves the mailbox past {@code uid}, in the caller's transaction {@code tx}.
     * {@code refused}: the message could not be read (or was too large), {@code mail} holds what is known of it.
     */
    Stored storeFetched(DSLContext tx, MailAccount account, long uidValidity, long uid, IncomingMail mail,
                         boolean refused) {
        Stored outcome;
        EmailMessageRecord record = newMessage(tx, account.id(), "INBOUND", mail);
        record.setUidValidity(uidValidity);
        record.setImapUid(uid);
        if (refused) {
            outcome = Stored.REFUSED;
        } else if (mail.bounce() != null) {
            outcome = Stored.BOUNCE;
            record.setCustomerId(matchAddress(tx, mail.bounce().recipient()).map(Match::customerId).orElse(null));
        } else {
            Optional<Match> match = matchAddress(tx, mail.from());
            if (match.isPresent()) {
                outcome = Stored.LOGGED;
                record.setCustomerId(match.get().customerId());
                record.setInteractionId(interactions.log(tx, interaction(match.get(), mail, Direction.INBOUND,
                        record.getSentAt()), Actor.SYSTEM));
            } else {
                outcome = Stored.UNMATCHED;
            }
        }
        record.setState(outcome.name());
        record.store();
        storeAttachments(tx, record.getId(), mail.attachments());
        if (outcome == Stored.BOUNCE && record.getCustomerId() != null) {
            tx.insertInto(UNDELIVERABLE_ADDRESS).set(UNDELIVERABLE_ADDRESS.CUSTOMER_ID, record.getCustomerId())
                    .set(UNDELIVERABLE_ADDRESS.ADDRESS, mail.bounce().recipient())
                    .set(UNDELIVERABLE_ADDRESS.REASON, mail.bounce().reason())
                    .set(UNDELIVERABLE_ADDRESS.REPORTED_AT, record.getSentAt())
                    .set(UNDELIVERABLE_ADDRESS.EMAIL_ID, record.getId()).execute();
        }
        moveTo(tx, account.id(), uidValidity, uid);
        return outcome;
    }

    /** Whether the message with this UID of the folder is stored already. */
    boolean storedUid(DSLContext db, long accountId, long uidValidity, long uid) {
        return db.fetchExists(EMAIL_MESSAGE, EMAIL_MESSAGE.ACCOUNT_ID.eq(accountId)
                .and(EMAIL_MESSAGE.UID_VALIDITY.eq(uidValidity)).and(EMAIL_MESSAGE.IMAP_UID.eq(uid)));
    }

    /** Whether inbound mail with this Message-ID is stored for the mailbox already. */
    boolean alreadyStored(DSLContext db, long accountId, String messageId) {
        return messageId != null && db.fetchExists(EMAIL_MESSAGE, EMAIL_MESSAGE.MESSAGE_ID.eq(messageId)
                .and(EMAIL_MESSAGE.ACCOUNT_ID.eq(accountId)).and(EMAIL_MESSAGE.DIRECTION.eq("INBOUND")));
    }

    /** Moves the mailbox past {@code uid} without storing anything. */
    void moveTo(DSLContext tx, long accountId, long uidValidity, long uid) {
        tx.update(MAIL_ACCOUNT).set(MAIL_ACCOUNT.LAST_UID, DSL.greatest(MAIL_ACCOUNT.LAST_UID, DSL.val(uid)))
                .where(MAIL_ACCOUNT.ID.eq(accountId)).and(MAIL_ACCOUNT.UID_VALIDITY.eq(uidValidity)).execute();
    }

    /** Records mail sent to a customer (logged as an outgoing interaction) in {@code tx}; returns its interaction id. */
    long storeSent(DSLContext tx, long accountId, Match customer, IncomingMail sent, Actor actor) {
        EmailMessageRecord record = newMessage(tx, accountId, "OUTBOUND", sent);
        record.setState(Stored.LOGGED.name());
        record.setCustomerId(customer.customerId());
        long interactionId = interactions.log(tx, interaction(customer, sent, Direction.OUTBOUND, record.getSentAt()), actor);
        record.setInteractionId(interactionId);
        record.store();
        storeAttachments(tx, record.getId(), sent.attachments());
        return interactionId;
    }

    /** Logs an unmatched mail on {@code customerId}'s timeline, recorded by {@code actor}; false when it was not unmatched. */
    boolean assign(DSLContext tx, long emailId, long customerId, Actor actor) {
        EmailMessageRecord record = tx.selectFrom(EMAIL_MESSAGE).where(EMAIL_MESSAGE.ID.eq(emailId)).forUpdate().fetchOne();
        if (record == null || !Stored.UNMATCHED.name().equals(record.getState())) {
            return false;
        }
        IncomingMail mail = new IncomingMail(record.getMessageId(), record.getInReplyTo(), List.of(),
                record.getFromAddress(), record.getToAddresses(), record.getSubject(), record.getSentAt(),
                record.getTextBody(), record.getHtmlBody(), List.of(), List.of(), null);
        Long contactId = matchAddress(tx, record.getFromAddress()).filter(m -> m.customerId() == customerId)
                .map(Match::contactId).orElse(null);
        record.setInteractionId(interactions.logRecordedBy(tx, interaction(new Match(customerId, contactId), mail,
                Direction.INBOUND, record.getSentAt()), actor.storedUserId(), actor));
        record.setCustomerId(customerId);
        record.setState(Stored.LOGGED.name());
        record.setAssignedBy(actor.storedUserId());
        record.store();
        return true;
    }

    private EmailMessageRecord newMessage(DSLContext tx, long accountId, String direction, IncomingMail mail) {
        Instant now = clock.instant();
        EmailMessageRecord record = tx.newRecord(EMAIL_MESSAGE);
        record.setAccountId(accountId);
        record.setDirection(direction);
        record.setMessageId(mail.messageId());
        record.setInReplyTo(mail.inReplyTo());
        record.setThreadId(threadOf(tx, mail));
        record.setFromAddress(mail.from());
        record.setToAddresses(mail.to());
        record.setSubject(mail.subject());
        record.setTextBody(mail.textBody());
        record.setHtmlBody(mail.htmlBody());
        record.setNote(mail.notes().isEmpty() ? null : MailReader.cut(String.join("; ", mail.notes()), 1000));
        // A sender's clock far in the future would put the mail above everything on the timeline.
        record.setSentAt(mail.sentAt() == null || mail.sentAt().isAfter(now) ? now : mail.sentAt());
        record.setStoredAt(now);
        return record;
    }

    /** The thread of the newest stored mail this one refers to; else the oldest reference; else its own id. */
    private static String threadOf(DSLContext tx, IncomingMail mail) {
        List<String> referred = new ArrayList<>(mail.references());
        if (mail.inReplyTo() != null) {
            referred.add(mail.inReplyTo());
        }
        if (!referred.isEmpty()) {
            Optional<String> known = tx.select(EMAIL_MESSAGE.THREAD_ID).from(EMAIL_MESSAGE)
                    .where(EMAIL_MESSAGE.MESSAGE_ID.in(referred)).and(EMAIL_MESSAGE.THREAD_ID.isNotNull())
                    .orderBy(EMAIL_MESSAGE.ID.desc()).limit(1).fetchOptional(EMAIL_MESSAGE.THREAD_ID);
            return known.orElse(referred.getFirst());
        }
        return mail.messageId();
    }

    private static void storeAttachments(DSLContext tx, long emailId, List<IncomingMail.Attachment> attachments) {
        for (IncomingMail.Attachment attachment : attachments) {
            tx.insertInto(EMAIL_ATTACHMENT).set(EMAIL_ATTACHMENT.EMAIL_ID, emailId)
                    .set(EMAIL_ATTACHMENT.FILE_NAME, attachment.fileName())
                    .set(EMAIL_ATTACHMENT.CONTENT_TYPE, attachment.contentType())
                    .set(EMAIL_ATTACHMENT.SIZE_BYTES, attachment.size())
                    .set(EMAIL_ATTACHMENT.CONTENT, attachment.content()).execute();
        }
    }

    /** The customer whose own address (first) or whose contact person's address is {@code address}. */
    static Optional<Match> matchAddress(DSLContext db, String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        Optional<Match> own = db.select(CUSTOMER_EMAIL.CUSTOMER_ID).from(CUSTOMER_EMAIL)
                .where(CUSTOMER_EMAIL.EMAIL.eq(address)).orderBy(CUSTOMER_EMAIL.CUSTOMER_ID).limit(1)
                .fetchOptional(r -> new Match(r.value1(), null));
        if (own.isPresent()) {
            return own;
        }
        return db.select(CUSTOMER_CONTACT.CUSTOMER_ID, CUSTOMER_CONTACT.ID).from(CUSTOMER_CONTACT)
                .where(CUSTOMER_CONTACT.EMAIL.eq(address)).and(CUSTOMER_CONTACT.ACTIVE.isTrue())
                .orderBy(CUSTOMER_CONTACT.CUSTOMER_ID).limit(1).fetchOptional(r -> new Match(r.value1(), r.value2()));
    }

    private static InteractionDraft interaction(Match match, IncomingMail mail, Direction direction, Instant when) {
        String subject = mail.subject() == null || mail.subject().isBlank() ? "(no subject)" : mail.subject();
        return new InteractionDraft(match.customerId(), match.contactId(), Channel.EMAIL, direction,
                MailReader.cut(subject, InteractionService.MAX_SUBJECT), MailReader.cut(mail.textBody(),
                InteractionService.MAX_NOTES), Outcome.COMPLETED, when, SOURCE);
    }
}
