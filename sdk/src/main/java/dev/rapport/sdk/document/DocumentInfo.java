package dev.rapport.sdk.document;

import java.time.Instant;

/**
 * A stored file.
 *
 * @param id the document's id, unique across the installation
 * @param fileName the name it was uploaded under (without any folder)
 * @param mediaType its type as detected from its content, e.g. {@code application/pdf}
 * @param sizeBytes its length
 * @param sha256 the lower-case hex SHA-256 of its content, computed while it was stored
 * @param uploadedAt when it was stored
 * @param uploadedBy who stored it (a person's display name, or the plugin's id)
 * @since 1.3.0
 */
public record DocumentInfo(long id, String fileName, String mediaType, long sizeBytes, String sha256, Instant uploadedAt,
                           String uploadedBy) {
}
