package dev.rapport.platform.document;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.Permissions;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.security.Role;
import java.io.InputStream;
import java.util.List;

/**
 * Files attached to customers, with the customer's permissions: whoever may see the customer lists and downloads
 * its documents; whoever may change the customer attaches and deletes them.
 */
public final class CustomerDocuments {

    private final DocumentService documents;
    private final CustomerService customers;

    public CustomerDocuments(DocumentService documents, CustomerService customers) {
        this.documents = documents;
        this.customers = customers;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return documents.maxBytes();
    }

    public boolean canChange(Customer customer, Actor actor) {
        return actor.has(Role.AGENT) && customers.canEdit(customer, actor);
    }

    public DocumentInfo attach(long customerId, String fileName, InputStream content, Actor actor) {
        Customer customer = customers.get(customerId);
        Permissions.require(canChange(customer, actor), actor, "attach documents to customer " + customerId);
        return documents.attach(DocumentService.CUSTOMER, String.valueOf(customerId), customerId, fileName, content, actor);
    }

    public List<DocumentInfo> list(long customerId, Actor actor) {
        Permissions.require(actor, Role.READ_ONLY, "see customers");
        customers.get(customerId);
        return documents.list(DocumentService.CUSTOMER, String.valueOf(customerId));
    }

    /**
     * A customer's document with its content, for a download by {@code actor}.
     *
     * @throws NotFoundException when it is not a document of a customer that still exists
     */
    public Download download(long documentId, Actor actor) {
        Permissions.require(actor, Role.READ_ONLY, "see customers");
        DocumentService.Stored document = customerDocument(documentId);
        return new Download(document.info(), documents.open(document));
    }

    /** A document's description and its open content (the caller closes it). */
    public record Download(DocumentInfo info, InputStream content) {
    }

    public void delete(long documentId, Actor actor) {
        DocumentService.Stored document = customerDocument(documentId);
        Customer customer = customers.get(document.customerId());
        Permissions.require(canChange(customer, actor), actor, "delete a document of customer " + customer.id());
        documents.delete(documentId, actor);
    }

    private DocumentService.Stored customerDocument(long documentId) {
        DocumentService.Stored document = documents.find(documentId)
                .filter(found -> found.ownerType().equals(DocumentService.CUSTOMER) && found.customerId() != null)
                .orElseThrow(() -> new NotFoundException("Document", documentId));
        customers.find(document.customerId()).orElseThrow(() -> new NotFoundException("Document", documentId));
        return document;
    }
}
