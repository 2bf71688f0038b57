package dev.rapport.platform.plugin;

import dev.rapport.platform.document.DocumentService;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.document.Documents;
import dev.rapport.sdk.error.NotFoundException;
import java.io.InputStream;
import java.util.List;
import java.util.Objects;

/**
 * One plugin's documents: its records' owner types carry the plugin's id ({@code plugin:<id>:<type>}), so a plugin
 * reaches only its own. Who acts is the session's user or, outside a request, the plugin itself.
 */
final class PluginDocuments implements Documents {

    private final DocumentService documents;
    private final String pluginId;
    private final PluginActor actor;

    PluginDocuments(DocumentService documents, String pluginId, PluginActor actor) {
        this.documents = documents;
        this.pluginId = pluginId;
        this.actor = actor;
    }

    @Override
    public DocumentInfo attach(String recordType, String recordId, Long customerId, String fileName, InputStream content) {
        return documents.attach(ownerType(recordType), Objects.requireNonNull(recordId, "recordId"), customerId, fileName,
                content, acting());
    }

    @Override
    public List<DocumentInfo> list(String recordType, String recordId) {
        return documents.list(ownerType(recordType), recordId);
    }

    @Override
    public InputStream open(long documentId) {
        return documents.open(own(documentId));
    }

    @Override
    public void delete(long documentId) {
        own(documentId);
        documents.delete(documentId, acting());
    }

    @Override
    public int deleteAll(String recordType, String recordId) {
        return documents.deleteAll(ownerType(recordType), recordId, acting());
    }

    private DocumentService.Stored own(long documentId) {
        String prefix = "plugin:" + pluginId + ":";
        return documents.find(documentId).filter(document -> document.ownerType().startsWith(prefix))
                .orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    private String ownerType(String recordType) {
        if (recordType == null || recordType.isBlank() || recordType.length() > 40) {
            throw new IllegalArgumentException("A record type of 1 to 40 characters, not " + recordType);
        }
        return "plugin:" + pluginId + ":" + recordType;
    }

    private Actor acting() {
        return actor.current().orElse(Actor.plugin(pluginId));
    }
}
