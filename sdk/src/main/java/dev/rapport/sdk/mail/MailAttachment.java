package dev.rapport.sdk.mail;

import java.util.Objects;

/**
 * A file sent with a mail.
 *
 * @param fileName the name the recipient sees, e.g. {@code scorecard-2026-11.pdf}; folders are not allowed
 * @param contentType the MIME type, e.g. {@code application/pdf}
 * @param content the bytes; the record keeps the array given (do not change it afterwards)
 * @since 1.3.0
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    /** @throws NullPointerException when a part is missing */
    public MailAttachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
