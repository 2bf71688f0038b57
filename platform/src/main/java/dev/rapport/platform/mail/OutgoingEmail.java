package dev.rapport.platform.mail;

/** A mail a user writes to a customer from the 360° view, sent from one of the department's mailboxes. */
public record OutgoingEmail(long customerId, long accountId, String to, String subject, String body) {
}
