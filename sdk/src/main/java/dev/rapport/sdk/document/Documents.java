package dev.rapport.sdk.document;

import java.io.InputStream;
import java.util.List;

/**
 * Files attached to the plugin's own records, stored by the kernel. A record is named by a type and an id of the
 * plugin's choosing ({@code "request"}, {@code "42"}); the kernel keeps each plugin's documents apart, so a plugin
 * sees and deletes only its own. Obtain it from {@link dev.rapport.sdk.PluginContext#documents()} or as a constructor
 * parameter.
 *
 * <p><b>Checks.</b> A file larger than the installation's limit ({@code documents.max.bytes}, 20 MiB by default) or of a
 * type not accepted (recognised by its content: PDF, images, office documents, UTF-8 text; the extension must agree)
 * is refused with a {@link dev.rapport.sdk.error.ValidationException} on field {@code file}, and nothing is kept.
 *
 * <p><b>Durability.</b> {@link #attach} returns once the file is complete on disk and its row committed; a stop in
 * between leaves no visible document. Documents given a customer id are deleted by the kernel when that customer is
 * deleted (after {@link dev.rapport.sdk.event.CustomerDeleted}); others the plugin deletes with its record
 * ({@link #deleteAll}).
 *
 * <p><b>Access.</b> The kernel does not decide who may see a plugin's documents: the plugin checks its own
 * permissions before offering a download. Every upload and deletion is written to the audit log.
 *
 * <p><b>Threading.</b> Thread-safe; calls block on disk and database I/O, so call them off the UI thread for large
 * files when possible. A storage failure is thrown as {@link java.io.UncheckedIOException}.
 *
 * @since 1.3.0
 */
public interface Documents {

    /**
     * Stores {@code content} as a document of record {@code recordType}/{@code recordId}.
     *
     * @param customerId the customer the record concerns (its documents then go with that customer), or null
     * @param fileName the file's name as the user gave it; folders are stripped
     * @param content read to its end, not closed
     * @return the stored document
     * @throws dev.rapport.sdk.error.ValidationException {@code file}: too large, or of a type not accepted
     */
    DocumentInfo attach(String recordType, String recordId, Long customerId, String fileName, InputStream content);

    /** The documents of a record, oldest first. */
    List<DocumentInfo> list(String recordType, String recordId);

    /**
     * Opens a document's content; the caller closes the stream.
     *
     * @throws dev.rapport.sdk.error.NotFoundException when there is no such document of this plugin
     */
    InputStream open(long documentId);

    /**
     * Deletes a document (its row and its file).
     *
     * @throws dev.rapport.sdk.error.NotFoundException when there is no such document of this plugin
     */
    void delete(long documentId);

    /** Deletes every document of a record; returns how many there were. */
    int deleteAll(String recordType, String recordId);
}
