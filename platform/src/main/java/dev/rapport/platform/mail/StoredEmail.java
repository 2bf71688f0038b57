package dev.rapport.platform.mail;

import java.time.Instant;
import java.util.List;

/**
 * A stored mail as the timeline and the unmatched inbox show it.
 *
 * @param state LOGGED, UNMATCHED, BOUNCE or REFUSED
 * @param note what was left out of it and why, or null
 */
public record StoredEmail(long id, long accountId, String state, String direction, Long customerId, Long interactionId,
                         String messageId, String threadId, String from, String to, String subject, String textBody,
                         String htmlBody, String note, Instant sentAt, List<AttachmentInfo> attachments) {

    /** An attachment's description; {@code stored} is false when it was over the limit and left out. */
    public record AttachmentInfo(long id, String fileName, String contentType, long size, boolean stored) {
    }
}
