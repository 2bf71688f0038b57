package dev.rapport.sdk.mail;

/**
 * Where a queued mail is.
 *
 * @since 1.3.0
 */
public enum MailState {
    /** Waiting to be sent: not tried yet, or tried and to be tried again (see {@link MailStatus#lastError()}). */
    QUEUED,
    /** Accepted by the mailbox's SMTP server. */
    SENT,
    /** Given up: the server refused it for good, or every retry failed; {@link MailStatus#lastError()} says why. */
    FAILED
}
