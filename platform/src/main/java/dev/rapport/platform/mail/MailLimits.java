package dev.rapport.platform.mail;

/**
 * What a fetched message may be: a message larger than {@code maxMessageBytes} is refused (recorded with its headers,
 * not downloaded); an attachment larger than {@code maxAttachmentBytes} is left out with a note; parts nested deeper
 * than {@code maxDepth} or beyond {@code maxParts} are left out with a note; bodies are cut at {@code maxBodyChars}.
 */
public record MailLimits(long maxMessageBytes, long maxAttachmentBytes, int maxDepth, int maxParts, int maxBodyChars) {

    public static final MailLimits DEFAULT = new MailLimits(25L << 20, 10L << 20, 8, 100, 1_000_000);
}
