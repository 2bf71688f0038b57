package dev.rapport.platform.mail;

import java.time.Instant;
import java.util.List;

/**
 * A fetched message read within the {@link MailLimits}: what is stored of it.
 *
 * @param references the Message-IDs of the References header, oldest first
 * @param htmlBody the HTML body after sanitising, or null
 * @param notes what was left out and why (an attachment over the limit, parts nested too deep, an unknown charset)
 * @param bounce the delivery report this message is, or null when it is ordinary mail
 */
public record IncomingMail(String messageId, String inReplyTo, List<String> references, String from, String to,
                           String subject, Instant sentAt, String textBody, String htmlBody,
                           List<Attachment> attachments, List<String> notes, Bounce bounce) {

    /** An attachment; {@code content} is null when it was over the limit and left out. */
    public record Attachment(String fileName, String contentType, long size, byte[] content) {
        public boolean omitted() {
            return content == null;
        }
    }

    /** A delivery status notification: the address that could not receive mail and the server's reason. */
    public record Bounce(String recipient, String reason) {
    }
}
