package dev.rapport.platform.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Document contents on disk, under the data folder. A file is written to {@code tmp/} first (size capped, SHA-256
 * computed, forced to disk) and moved into place atomically only when complete, so a crash never leaves a
 * half-written file where a document's row could point; the row is written after the move. Leftovers in
 * {@code tmp/} from a crash are removed at start.
 */
public final class DocumentStore {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private final Path root;
    private final Path temp;

    public DocumentStore(Path root) {
        this.root = root;
        this.temp = root.resolve("tmp");
        try {
            Files.createDirectories(temp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the documents folder " + root, e);
        }
        sweepTemporaryFiles();
    }

    /** A stored content: its key, size, checksum and first bytes (for detecting its type). */
    public record Stored(String key, long size, String sha256, byte[] head) {
    }

    /** Thrown when a content is larger than allowed; nothing is kept. */
    public static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("larger than " + limit + " bytes");
        }
    }

    /** Writes {@code content} (at most {@code maxBytes}) under a new key; the file is complete once this returns. */
    public Stored write(InputStream content, long maxBytes) throws IOException {
        String key = UUID.randomUUID().toString().replace("-", "");
        Path partial = temp.resolve(key + ".part");
        MessageDigest digest = sha256();
        byte[] head = new byte[ContentTypes.HEAD_BYTES];
        int headLength = 0;
        long size = 0;
        try {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read; (read = content.read(buffer)) != -1; ) {
                    size += read;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    int toHead = Math.min(read, head.length - headLength);
                    System.arraycopy(buffer, 0, head, headLength, toHead);
                    headLength += toHead;
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            Path target = pathOf(key);
            Files.createDirectories(target.getParent());
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return new Stored(key, size, HexFormat.of().formatHex(digest.digest()), Arrays.copyOf(head, headLength));
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Opens a stored content for reading. */
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(pathOf(key));
    }

    /** Removes a stored content; a missing one is no error (deleting twice is harmless). */
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            log.warn("Could not delete document file {}: {}", key, e.toString());
        }
    }

    /** Whether a content exists under {@code key}. */
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    private Path pathOf(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a document key: " + key);
        }
        return root.resolve(key.substring(0, 2)).resolve(key);
    }

    private void sweepTemporaryFiles() {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(temp, "*.part")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
                log.info("Removed {}, a document upload that a stop interrupted", leftover.getFileName());
            }
        } catch (IOException e) {
            log.warn("Could not clean up {}: {}", temp, e.toString());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
