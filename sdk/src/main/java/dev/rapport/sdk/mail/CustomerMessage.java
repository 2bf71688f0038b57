package dev.rapport.sdk.mail;

import java.util.List;

/**
 * A mail to a customer, sent from a department's mailbox.
 *
 * @param departmentId the department whose connected mailbox sends it (its first active one)
 * @param customerId the customer it is written to; once sent it is logged on their timeline
 * @param to the address to send to, or null for the customer's primary address
 * @param subject one line, at most 200 characters
 * @param body plain text
 * @param attachments files sent with it (may be empty)
 * @since 1.3.0
 */
public record CustomerMessage(long departmentId, long customerId, String to, String subject, String body,
                              List<MailAttachment> attachments) {

    /** Copies {@code attachments} (null: none). */
    public CustomerMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /**
     * A mail without attachments to the customer's primary address.
     *
     * @return the message
     */
    public static CustomerMessage of(long departmentId, long customerId, String subject, String body) {
        return new CustomerMessage(departmentId, customerId, null, subject, body, List.of());
    }
}
