package dev.rapport.testkit;

import java.util.List;

/**
 * A mail the test kit's SMTP server received from the kernel (see {@link RapportKernel#deliverMail()}).
 *
 * @param from the sending mailbox's address
 * @param to the recipients' addresses
 * @param subject the subject
 * @param text the plain-text body
 * @param attachments the attached files, in order
 * @since 1.3.0
 */
public record SentMail(String from, List<String> to, String subject, String text, List<Attachment> attachments) {

    /** An attached file as received. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }
}
