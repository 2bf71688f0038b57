package dev.rapport.sdk.mail;

import java.time.Instant;

/**
 * What became of a queued mail.
 *
 * @param id the id {@link OutgoingMail} returned
 * @param state queued, sent or failed
 * @param to the address it goes to
 * @param attempts how many times sending was tried
 * @param queuedAt when it was queued
 * @param sentAt when the server accepted it, or null
 * @param nextAttemptAt when it is tried next while queued, else null
 * @param lastError the last failure in words an administrator can act on ("Connection refused"), or null
 * @param interactionId the interaction logging it on the customer's timeline once sent, or null (staff mail, not sent)
 * @since 1.3.0
 */
public record MailStatus(long id, MailState state, String to, int attempts, Instant queuedAt, Instant sentAt,
                         Instant nextAttemptAt, String lastError, Long interactionId) {
}
