package dev.rapport.platform.document;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file that may be attached, recognised by their content (magic bytes), not by their name or the
 * browser's claim: PDF, images (PNG, JPEG, GIF, WebP), office documents (OOXML and OpenDocument are ZIP containers,
 * legacy Office files OLE2 containers), and UTF-8 text (plain text, CSV). A file's extension must name a kind of
 * the detected family, so an executable renamed {@code offer.pdf} is refused, and so is a PDF named
 * {@code photo.png}.
 */
public final class ContentTypes {

    /** How many leading bytes detection reads. */
    public static final int HEAD_BYTES = 8_192;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("ods", "application/vnd.oasis.opendocument.spreadsheet"),
            Map.entry("doc", "application/msword"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("ppt", "application/vnd.ms-powerpoint"),
            Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"));

    private ContentTypes() {
    }

    /** The extensions accepted, for the upload's file chooser. */
    public static String[] extensions() {
        return BY_EXTENSION.keySet().stream().sorted().map(extension -> "." + extension).toArray(String[]::new);
    }

    /**
     * The media type of a file named {@code fileName} whose content starts with {@code head}; empty when the content
     * is of no accepted kind or does not match the name's extension.
     */
    public static Optional<String> detect(String fileName, byte[] head) {
        String extension = extension(fileName);
        String named = BY_EXTENSION.get(extension);
        if (named == null) {
            return Optional.empty();
        }
        Family family = family(head);
        return family != null && family.equals(familyOf(extension)) ? Optional.of(named) : Optional.empty();
    }

    private enum Family { PDF, PNG, JPEG, GIF, WEBP, ZIP, OLE2, TEXT }

    private static Family familyOf(String extension) {
        return switch (extension) {
            case "pdf" -> Family.PDF;
            case "png" -> Family.PNG;
            case "jpg", "jpeg" -> Family.JPEG;
            case "gif" -> Family.GIF;
            case "webp" -> Family.WEBP;
            case "docx", "xlsx", "pptx", "odt", "ods" -> Family.ZIP;
            case "doc", "xls", "ppt" -> Family.OLE2;
            default -> Family.TEXT;
        };
    }

    private static Family family(byte[] head) {
        if (startsWith(head, 0, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Family.PDF;
        }
        if (startsWith(head, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Family.PNG;
        }
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Family.JPEG;
        }
        if (startsWith(head, 0, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                || startsWith(head, 0, "GIF89a".getBytes(StandardCharsets.US_ASCII))) {
            return Family.GIF;
        }
        if (startsWith(head, 0, "RIFF".getBytes(StandardCharsets.US_ASCII))
                && startsWith(head, 8, "WEBP".getBytes(StandardCharsets.US_ASCII))) {
            return Family.WEBP;
        }
        if (startsWith(head, 0, new byte[] {'P', 'K', 3, 4})) {
            return Family.ZIP;
        }
        if (startsWith(head, 0, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            return Family.OLE2;
        }
        return isText(head) ? Family.TEXT : null;
    }

    /** UTF-8 without control characters other than tab, line feed, carriage return and form feed. */
    private static boolean isText(byte[] head) {
        if (head.length == 0) {
            return false;
        }
        for (byte b : head) {
            if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                return false;
            }
        }
        // A multi-byte character cut at the end of the head is not an error: decode up to its last 3 bytes strictly.
        int decodable = head.length < HEAD_BYTES ? head.length : head.length - 3;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Arrays.copyOf(head, decodable)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] data, int offset, byte[] prefix) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
