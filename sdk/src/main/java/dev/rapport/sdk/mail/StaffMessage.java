package dev.rapport.sdk.mail;

import java.util.List;

/**
 * A mail to one user of the installation (a department's manager, an agent), sent to the address of their user
 * account from a department's mailbox. It is not logged on any customer; its sending is audited.
 *
 * @param departmentId the department whose connected mailbox sends it (its first active one)
 * @param userId the user it is written to
 * @param subject one line, at most 200 characters
 * @param body plain text
 * @param attachments files sent with it (may be empty)
 * @since 1.3.0
 */
public record StaffMessage(long departmentId, long userId, String subject, String body,
                           List<MailAttachment> attachments) {

    /** Copies {@code attachments} (null: none). */
    public StaffMessage {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
