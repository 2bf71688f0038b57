package dev.rapport.platform.document;

import static dev.rapport.platform.internal.db.Tables.DOCUMENT;

import dev.rapport.platform.audit.AuditAction;
import dev.rapport.platform.audit.AuditLog;
import dev.rapport.platform.internal.db.tables.records.DocumentRecord;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Documents of any owner (a customer, a plugin's record): type checked by content, size limited, stored through
 * {@link DocumentStore} with a checksum. The file is complete before its row is written, and a failed row removes
 * the file again; deleting removes the row first and the file after the commit. Uploads and deletions are audited.
 * Who may do what is decided by the callers ({@link CustomerDocuments}, the SDK adapter for plugins).
 */
public final class DocumentService {

    /** The owner type of documents attached to customers on the 360° view. */
    public static final String CUSTOMER = "customer";
    /** The default size limit (20 MiB); {@code documents.max.bytes} overrides it. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_NAME = 255;

    private final org.jooq.DSLContext dsl;
    private final Clock clock;
    private final DocumentStore store;
    private final AuditLog audit;
    private final long maxBytes;

    public DocumentService(org.jooq.DSLContext dsl, Clock clock, DocumentStore store, AuditLog audit, long maxBytes) {
        this.dsl = dsl;
        this.clock = clock;
        this.store = store;
        this.audit = audit;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** A stored document and whom it belongs to. */
    public record Stored(DocumentInfo info, String ownerType, String ownerId, Long customerId, String storageKey) {
    }

    /**
     * Stores {@code content} for owner {@code ownerType}/{@code ownerId}.
     *
     * @throws ValidationException {@code file}: larger than the limit ({@code validation.documentTooLarge}), or not an
     *         accepted type matching its name ({@code validation.documentType})
     */
    public DocumentInfo attach(String ownerType, String ownerId, Long customerId, String fileName, InputStream content,
                               Actor actor) {
        String name = baseName(fileName);
        DocumentStore.Stored stored;
        try {
            stored = store.write(content, maxBytes);
        } catch (DocumentStore.TooLargeException e) {
            throw new ValidationException(List.of(FieldError.of("file", "validation.documentTooLarge", maxBytes / (1024 * 1024))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store the document " + name, e);
        }
        Optional<String> mediaType = ContentTypes.detect(name, stored.head());
        if (mediaType.isEmpty()) {
            store.delete(stored.key());
            throw new ValidationException(List.of(FieldError.of("file", "validation.documentType")));
        }
        try {
            long id = dsl.transactionResult(configuration -> {
                DocumentRecord record = configuration.dsl().newRecord(DOCUMENT);
                record.setOwnerType(ownerType);
                record.setOwnerId(ownerId);
                record.setCustomerId(customerId);
                record.setFileName(name);
                record.setMediaType(mediaType.get());
                record.setSizeBytes(stored.size());
                record.setSha256(stored.sha256());
                record.setStorageKey(stored.key());
                record.setUploadedAt(clock.instant());
                record.setUploadedBy(actor.storedUserId());
                record.setUploader(truncate(actor.displayName(), 200));
                record.store();
                audit.record(configuration.dsl(), actor, AuditAction.DOCUMENT_ATTACHED, subjectType(ownerType), ownerId,
                        name + " (" + stored.size() + " bytes, SHA-256 " + stored.sha256() + ")");
                return record.getId();
            });
            return find(id).orElseThrow().info();
        } catch (RuntimeException e) {
            store.delete(stored.key());
            throw e;
        }
    }

    /** The documents of an owner, oldest first. */
    public List<DocumentInfo> list(String ownerType, String ownerId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.OWNER_TYPE.eq(ownerType)).and(DOCUMENT.OWNER_ID.eq(ownerId))
                .orderBy(DOCUMENT.ID).limit(1_000).fetch(record -> toStored(record).info());
    }

    public Optional<Stored> find(long documentId) {
        return dsl.selectFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).fetchOptional(DocumentService::toStored);
    }

    /** Opens a document's content; the caller has checked that its reader may see it. */
    public InputStream open(Stored document) {
        try {
            return store.open(document.storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read document " + document.info().id(), e);
        }
    }

    /** Deletes one document: its row (audited), then its file. */
    public void delete(long documentId, Actor actor) {
        Stored document = find(documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
        dsl.transaction(configuration -> {
            configuration.dsl().deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(documentId)).execute();
            audit.record(configuration.dsl(), actor, AuditAction.DOCUMENT_DELETED, subjectType(document.ownerType()),
                    document.ownerId(), document.info().fileName());
        });
        store.delete(document.storageKey());
    }

    /** Deletes every document of an owner; returns how many. */
    public int deleteAll(String ownerType, String ownerId, Actor actor) {
        List<Stored> documents = dsl.selectFrom(DOCUMENT).where(DOCUMENT.OWNER_TYPE.eq(ownerType))
                .and(DOCUMENT.OWNER_ID.eq(ownerId)).fetch(DocumentService::toStored);
        documents.forEach(document -> delete(document.info().id(), actor));
        return documents.size();
    }

    /** Deletes every document concerning a deleted customer, the customer's own and plugins' alike; idempotent. */
    public int deleteForCustomer(long customerId) {
        List<Stored> documents = dsl.selectFrom(DOCUMENT).where(DOCUMENT.CUSTOMER_ID.eq(customerId))
                .fetch(DocumentService::toStored);
        if (!documents.isEmpty()) {
            dsl.deleteFrom(DOCUMENT).where(DOCUMENT.CUSTOMER_ID.eq(customerId)).execute();
            documents.forEach(document -> store.delete(document.storageKey()));
        }
        return documents.size();
    }

    private static String subjectType(String ownerType) {
        return ownerType.equals(CUSTOMER) ? CUSTOMER : "document";
    }

    /** The name without any folder a browser may send, limited in length, never empty. */
    static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "document";
        }
        return truncate(name, MAX_NAME);
    }

    private static String truncate(String value, int max) {
        return value.length() <= max ? value : value.substring(value.length() - max);
    }

    private static Stored toStored(DocumentRecord r) {
        return new Stored(new DocumentInfo(r.getId(), r.getFileName(), r.getMediaType(), r.getSizeBytes(), r.getSha256(),
                r.getUploadedAt(), r.getUploader()), r.getOwnerType(), r.getOwnerId(), r.getCustomerId(), r.getStorageKey());
    }
}
