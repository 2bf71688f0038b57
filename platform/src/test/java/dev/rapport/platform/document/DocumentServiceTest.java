package dev.rapport.platform.document;

import static dev.rapport.platform.internal.db.Tables.AUDIT_ENTRY;
import static dev.rapport.platform.testing.Kernel.person;
import static dev.rapport.platform.testing.Kernel.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerRemoval;
import dev.rapport.platform.testing.Kernel;
import dev.rapport.platform.testing.TestDatabase;
import dev.rapport.platform.user.Actor;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.NotFoundException;
import dev.rapport.sdk.error.ValidationException;
import dev.rapport.sdk.event.CustomerDeleted;
import dev.rapport.sdk.security.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Customer documents: stored with a checksum, checked, permission-bound, durable, deleted with the customer. */
class DocumentServiceTest {

    private final Kernel kernel = new Kernel();
    private final Actor agent = kernel.newActor(Role.AGENT, "sales");
    private final Customer customer = kernel.customers.create(person("Doc", unique("Ument")), agent);
    private final CustomerDocuments documents = kernel.customerDocuments;

    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        System.arraycopy(ContentTypesTest.PDF, 0, content, 0, ContentTypesTest.PDF.length);
        return content;
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void storesAFileWithItsChecksumListsItAndReadsItBackAfterARestart() throws Exception {
        byte[] content = pdf(50_000);
        DocumentInfo stored = documents.attach(customer.id(), "C:\\Users\\anna\\Offer 2027.pdf",
                new ByteArrayInputStream(content), agent);

        assertThat(stored.fileName()).isEqualTo("Offer 2027.pdf");
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.sizeBytes()).isEqualTo(50_000);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(documents.list(customer.id(), kernel.newActor(Role.READ_ONLY))).extracting(DocumentInfo::id)
                .containsExactly(stored.id());
        assertThat(kernel.dsl.fetchExists(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq("DOCUMENT_ATTACHED")
                .and(AUDIT_ENTRY.SUBJECT_ID.eq(String.valueOf(customer.id()))))).isTrue();

        // A new kernel over the same folder, as after a restart, reads the same bytes.
        Kernel restarted = new Kernel();
        assertThat(read(restarted.customerDocuments.download(stored.id(), agent).content())).isEqualTo(content);
    }

    @Test
    void refusesFilesOverTheLimitOrOfAnotherTypeThanTheirNameAndKeepsNothingOfThem() throws IOException {
        long filesBefore = storedFiles();
        assertThatThrownBy(() -> documents.attach(customer.id(), "big.pdf", new ByteArrayInputStream(pdf(64 * 1024 + 1)), agent))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.documentTooLarge"));
        assertThatThrownBy(() -> documents.attach(customer.id(), "invoice.pdf",
                new ByteArrayInputStream(ContentTypesTest.EXECUTABLE), agent))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::messageKey).containsExactly("validation.documentType"));
        assertThat(documents.list(customer.id(), agent)).isEmpty();
        assertThat(storedFiles()).isEqualTo(filesBefore);
    }

    @Test
    void onlyThoseWhoMayChangeTheCustomerAttachOrDeleteAndOnlyCustomerDocumentsAreServedHere() {
        Actor readOnly = kernel.newActor(Role.READ_ONLY);
        assertThatThrownBy(() -> documents.attach(customer.id(), "a.pdf", new ByteArrayInputStream(pdf(100)), readOnly))
                .isInstanceOf(AccessDeniedException.class);
        DocumentInfo stored = documents.attach(customer.id(), "a.pdf", new ByteArrayInputStream(pdf(100)), agent);
        assertThatThrownBy(() -> documents.delete(stored.id(), readOnly)).isInstanceOf(AccessDeniedException.class);
        DocumentInfo pluginDocument = kernel.documents.attach("plugin:example:request", "7", null, "b.pdf",
                new ByteArrayInputStream(pdf(100)), agent);
        assertThatThrownBy(() -> documents.download(pluginDocument.id(), agent)).isInstanceOf(NotFoundException.class);

        documents.delete(stored.id(), agent);
        assertThat(documents.list(customer.id(), agent)).isEmpty();
    }

    @Test
    void aDeletedCustomersDocumentsGoWhenCustomerDeletedIsDeliveredAndTheirFilesWithThem() throws Exception {
        Actor manager = kernel.newActor(Role.MANAGER, "sales");
        DocumentInfo own = documents.attach(customer.id(), "a.pdf", new ByteArrayInputStream(pdf(100)), agent);
        DocumentInfo plugins = kernel.documents.attach("plugin:example:request", "8", customer.id(), "b.pdf",
                new ByteArrayInputStream(pdf(100)), agent);
        String ownKey = kernel.documents.find(own.id()).orElseThrow().storageKey();

        new CustomerRemoval(kernel.dsl, kernel.customers, kernel.outbox, kernel.audit).delete(customer.id(), manager);
        CustomerDocumentsCleanup cleanup = new CustomerDocumentsCleanup(kernel.documents);
        assertThat(cleanup.accepts(CustomerDeleted.class)).isTrue();
        cleanup.onEvent(new CustomerDeleted(customer.id(), customer.displayName()), null);
        cleanup.onEvent(new CustomerDeleted(customer.id(), customer.displayName()), null);

        assertThat(kernel.documents.find(own.id())).isEmpty();
        assertThat(kernel.documents.find(plugins.id())).isEmpty();
        assertThat(Files.exists(TestDatabase.documentsFolder().resolve(ownKey.substring(0, 2)).resolve(ownKey))).isFalse();
    }

    @Test
    void anUploadInterruptedBeforeItsMoveLeavesNothingVisibleAndIsSweptAtStart() throws IOException {
        Path leftover = TestDatabase.documentsFolder().resolve("tmp").resolve(unique("crash") + ".part");
        Files.write(leftover, pdf(100));

        new DocumentStore(TestDatabase.documentsFolder());

        assertThat(leftover).doesNotExist();
    }

    private static long storedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(TestDatabase.documentsFolder())) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
