package dev.rapport.platform.mail;

import java.time.Instant;

/**
 * A department's connected mailbox as shown to administrators: the passwords are never part of it, only whether one
 * is stored.
 *
 * @param address the address mail from this mailbox is sent from
 * @param lastUid the newest IMAP UID stored; the next poll asks for those above it
 */
public record MailAccount(long id, long departmentId, String name, String address, ServerSettings imap,
                          String imapFolder, ServerSettings smtp, boolean active, Long uidValidity, long lastUid,
                          Instant lastPollAt, String lastError) {

    /** Where and as whom to connect; {@code passwordStored} says whether a password is kept (never the password). */
    public record ServerSettings(String host, int port, MailSecurity security, String user, boolean passwordStored) {
    }
}
