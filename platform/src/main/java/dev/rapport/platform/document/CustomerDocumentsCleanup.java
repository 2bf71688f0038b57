package dev.rapport.platform.document;

import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.event.DomainEvent;
import dev.rapport.sdk.event.EventMetadata;
import dev.rapport.sdk.extension.DomainEventListener;

/**
 * Deletes the documents of a deleted customer (its own and those plugins attached to their records about it) when
 * {@link CustomerDeleted} is delivered. Deleting again on a redelivery finds nothing, so it is idempotent.
 */
public final class CustomerDocumentsCleanup implements DomainEventListener {

    /** The listener's id with the event dispatcher (its position in the outbox is kept under it). */
    public static final String LISTENER_ID = "kernel:" + CustomerDocumentsCleanup.class.getName();

    private final DocumentService documents;

    public CustomerDocumentsCleanup(DocumentService documents) {
        this.documents = documents;
    }

    @Override
    public boolean accepts(Class<? extends DomainEvent> type) {
        return type == CustomerDeleted.class;
    }

    @Override
    public void onEvent(DomainEvent event, EventMetadata metadata) {
        if (event instanceof CustomerDeleted deleted) {
            documents.deleteForCustomer(deleted.customerId());
        }
    }
}
