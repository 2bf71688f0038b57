/**
 * Outgoing mail for plugins ({@link dev.rapport.sdk.mail.OutgoingMail}): mail to a customer from the department's
 * connected mailbox, logged on the customer's timeline once sent, and mail to staff users, audited. Mail is queued in
 * the database and sent by the kernel with retries, so neither a restart nor an SMTP outage loses it.
 *
 * @since 1.3.0
 */
package dev.rapport.sdk.mail;
