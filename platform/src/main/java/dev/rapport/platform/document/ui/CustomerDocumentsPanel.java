package dev.rapport.platform.document.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.FileUploadHandler;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.document.ContentTypes;
import dev.rapport.platform.document.CustomerDocuments;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.Notifications;
import dev.rapport.sdk.document.DocumentInfo;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.error.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/**
 * The customer's documents on the 360° view: the list with size, uploader and time, each downloadable; whoever may
 * change the customer uploads (size and type checked by the kernel) and deletes (after confirming).
 */
public final class CustomerDocumentsPanel extends VerticalLayout {

    private final CustomerDocuments documents;
    private final UserDirectory users;
    private final Actor actor;
    private final Formats formats;
    private final Grid<DocumentInfo> grid = new Grid<>();
    private final Upload upload = new Upload();
    private Customer customer;
    private boolean mayChange;

    public CustomerDocumentsPanel(CustomerDocuments documents, UserDirectory users, long maxBytes, Actor actor,
                                  Formats formats) {
        this.documents = documents;
        this.users = users;
        this.actor = actor;
        this.formats = formats;
        setSizeFull();
        setPadding(false);
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(ContentTypes.extensions());
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("documents.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("documents.drop")))
                .setError(new UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("validation.documentTooLarge", maxBytes / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("validation.documentType"))
                        .setTooManyFiles(getTranslation("documents.one"))));
        upload.setUploadHandler(new FileUploadHandler((metadata, file) -> {
            try (InputStream in = Files.newInputStream(file.toPath())) {
                stored(metadata.fileName(), in);
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        }, metadata -> Files.createTempFile("rapport-document-", ".upload").toFile()));
        grid.setId("customer-documents");
        grid.addColumn(DocumentInfo::fileName).setHeader(getTranslation("documents.name")).setFlexGrow(3);
        grid.addColumn(document -> size(document.sizeBytes())).setHeader(getTranslation("documents.size")).setAutoWidth(true);
        grid.addColumn(DocumentInfo::uploadedBy).setHeader(getTranslation("documents.by")).setFlexGrow(1);
        grid.addColumn(document -> formats.dateTime(document.uploadedAt())).setHeader(getTranslation("documents.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("documents.empty"));
        add(upload, grid);
        expand(grid);
    }

    public void show(Customer value, boolean mayChangeCustomer) {
        this.customer = value;
        this.mayChange = mayChangeCustomer;
        upload.setVisible(mayChangeCustomer);
        grid.setItems(documents.list(value.id(), actor));
    }

    /** Runs on the upload's request thread: stores the file, then updates the page under the session's lock. */
    private void stored(String fileName, InputStream content) {
        Runnable feedback;
        try {
            DocumentInfo document = documents.attach(customer.id(), fileName, content, actor);
            String message = getTranslation("documents.attached", document.fileName());
            feedback = () -> Notifications.success(message);
        } catch (ValidationException e) {
            String message = getTranslation(e.errors().getFirst().messageKey(), e.errors().getFirst().arguments().toArray());
            feedback = () -> Notifications.error(message);
        } catch (AccessDeniedException e) {
            String message = getTranslation("error.accessDenied");
            feedback = () -> Notifications.error(message);
        }
        Runnable shown = feedback;
        getUI().ifPresent(ui -> ui.access(() -> {
            shown.run();
            upload.clearFileList();
            show(customer, mayChange);
        }));
    }

    private HorizontalLayout actions(DocumentInfo document) {
        Anchor download = new Anchor(downloadOf(document.id()), "");
        download.setId("download-document-" + document.id());
        Button downloadButton = new Button(VaadinIcon.DOWNLOAD.create());
        downloadButton.setTabIndex(-1);
        downloadButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        download.add(downloadButton);
        download.setTitle(getTranslation("documents.download", document.fileName()));
        download.getElement().setAttribute("aria-label", getTranslation("documents.download", document.fileName()));
        download.getElement().setAttribute("download", true);
        HorizontalLayout actions = new HorizontalLayout(download);
        if (mayChange) {
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(document));
            delete.setId("delete-document-" + document.id());
            delete.setAriaLabel(getTranslation("documents.delete", document.fileName()));
            delete.setTooltipText(getTranslation("documents.delete", document.fileName()));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private DownloadHandler downloadOf(long documentId) {
        long userId = actor.userId();
        return (DownloadEvent event) -> {
            // Who downloads is checked now, not when the page opened: a deactivated user gets nothing.
            Actor current = users.actorOf(userId).orElseThrow(() -> new AccessDeniedException("Your account is inactive."));
            CustomerDocuments.Download download = documents.download(documentId, current);
            event.setFileName(download.info().fileName());
            event.setContentType(download.info().mediaType());
            event.setContentLength(download.info().sizeBytes());
            try (InputStream in = download.content()) {
                in.transferTo(event.getOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    private void confirmDelete(DocumentInfo document) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("documents.deleteTitle"),
                getTranslation("documents.deleteText", document.fileName()), getTranslation("documents.deleteConfirm"),
                confirmed -> {
                    documents.delete(document.id(), actor);
                    show(customer, mayChange);
                });
        dialog.setId("delete-document-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return getTranslation("documents.bytes", formats.number(bytes));
        }
        return bytes < 1024 * 1024 ? getTranslation("documents.kib", formats.number((bytes + 1023) / 1024))
                : getTranslation("documents.mib", formats.number((bytes + 1024 * 1024 - 1) / (1024 * 1024)));
    }

}
