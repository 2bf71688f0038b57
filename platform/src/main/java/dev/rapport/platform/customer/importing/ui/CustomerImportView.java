package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.FileUploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.config.RapportConfig;
import dev.rapport.platform.customer.importing.ColumnMapping;
import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportDefaults;
import dev.rapport.platform.customer.importing.ImportMessage;
import dev.rapport.platform.customer.importing.ImportProgress;
import dev.rapport.platform.customer.importing.ImportSummary;
import dev.rapport.platform.customer.importing.PreviewRow;
import dev.rapport.platform.customer.ui.CustomerListView;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.MainLayout;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.platform.web.security.RequiresRole;
import dev.rapport.sdk.security.Role;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports customers from a CSV file ({@code customers/import}): upload, map the columns, set the values for
 * empty cells, check the preview, import with live progress, read the summary.
 */
@Route(value = "customers/import", layout = MainLayout.class)
@RequiresRole(Role.MANAGER)
public class CustomerImportView extends VerticalLayout implements HasDynamicTitle {

    /** The largest file taken: a million customers with every field filled fit easily. */
    static final int MAX_FILE_BYTES = 500 * 1024 * 1024;

    private final CustomerImportViewLogic logic;
    private final Formats formats = WebSession.formats();
    private final Upload upload = new Upload();
    private final Paragraph fileProblem = new Paragraph();
    private final VerticalLayout settings = new VerticalLayout();
    private final ColumnMappingForm mappingForm = new ColumnMappingForm();
    private final ImportDefaultsForm defaultsForm;
    private final H3 previewTitle = new H3();
    private final Grid<PreviewRow> preview = new Grid<>();
    private final ImportTexts texts;
    private final ImportProgressPanel progress = new ImportProgressPanel(formats);
    private final ImportSummaryPanel summary;

    public CustomerImportView(CustomerImportService imports, UserDirectory users, RapportConfig config, I18NProvider i18n) {
        this.logic = new CustomerImportViewLogic(this, imports, config.get("customer.default.currency", "USD"));
        this.texts = new ImportTexts(i18n, getLocale());
        this.defaultsForm = new ImportDefaultsForm(users.activeUsers());
        this.summary = new ImportSummaryPanel(formats, texts);
        setMaxWidth("90em");

        H2 title = new H2(getTranslation("import.title"));
        title.addClassNames(LumoUtility.Margin.NONE, LumoUtility.FontSize.XLARGE);
        configureUpload();
        fileProblem.setId("import-file-problem");
        fileProblem.addClassName(LumoUtility.TextColor.ERROR);
        configureSettings();
        progress.addCancelListener(event -> logic.cancel());
        summary.addDoneListener(event -> {
            if (event.importAnother()) {
                logic.reset();
            } else {
                getUI().ifPresent(ui -> ui.navigate(CustomerListView.class));
            }
        });
        add(title, new Paragraph(getTranslation("import.intro")), upload, fileProblem, settings, progress, summary);
        showUpload();
    }

    private void configureUpload() {
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setI18n(uploadTexts());
        upload.setUploadHandler(new FileUploadHandler(
                (metadata, file) -> logic.uploaded(file.toPath(), metadata.fileName(), WebSession.actor(), formats),
                metadata -> Files.createTempFile("rapport-upload-", ".csv").toFile()) {
            @Override
            public long getFileSizeMax() {
                return MAX_FILE_BYTES;
            }
        });
        upload.addFileRemovedListener(event -> logic.reset());
    }

    private void configureSettings() {
        settings.setId("import-settings");
        settings.setPadding(false);
        mappingForm.addMappingChangeListener(event -> logic.mappingChanged(mappingForm.mapping()));
        defaultsForm.addDefaultsChangeListener(event ->
                logic.defaultsChanged(defaultsForm.defaults(), defaultsForm.duplicatePolicy()));
        preview.setId("import-preview");
        preview.setAllRowsVisible(true);
        preview.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        Button start = new Button(getTranslation("import.start"), VaadinIcon.UPLOAD.create(),
                click -> getUI().ifPresent(ui -> logic.start(ui, WebSession.actor())));
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        settings.add(new H3(getTranslation("import.mapping")), new Paragraph(getTranslation("import.mappingHint")),
                mappingForm, new H3(getTranslation("import.defaults")), defaultsForm, previewTitle, preview, start);
    }

    private UploadI18N uploadTexts() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("import.upload.add")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("import.upload.drop")))
                .setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooBig"))
                        .setIncorrectFileType(getTranslation("import.upload.wrongType"))
                        .setTooManyFiles(getTranslation("import.upload.tooMany")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("import.upload.connecting"))
                                .setStalled(getTranslation("import.upload.stalled"))
                                .setProcessing(getTranslation("import.upload.processing"))
                                .setHeld(getTranslation("import.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("import.upload.remaining"))
                                .setUnknown(getTranslation("import.upload.remainingUnknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("import.upload.serverUnavailable"))
                                .setUnexpectedServerError(getTranslation("import.upload.serverError"))
                                .setForbidden(getTranslation("import.upload.forbidden"))
                                .setFileTooLarge(getTranslation("import.upload.tooBig"))));
    }

    /** The first step: nothing but the upload. */
    void showUpload() {
        upload.clearFileList();
        upload.setVisible(true);
        fileProblem.setVisible(false);
        settings.setVisible(false);
        progress.setVisible(false);
        summary.setVisible(false);
    }

    void showUnreadable(ImportMessage message) {
        fileProblem.setText(texts.message(message));
        fileProblem.setVisible(true);
        settings.setVisible(false);
    }

    void showSettings(ColumnMapping mapping, ImportDefaults defaults, DuplicatePolicy duplicates) {
        fileProblem.setVisible(false);
        mappingForm.setMapping(mapping);
        defaultsForm.setDefaults(defaults, duplicates);
        previewTitle.setText(getTranslation("import.preview", CustomerImportViewLogic.PREVIEW_ROWS));
        preview.removeAllColumns();
        preview.addColumn(PreviewRow::row).setHeader(getTranslation("import.row")).setWidth("5rem").setFlexGrow(0)
                .setKey("row");
        preview.addColumn(row -> getTranslation(EnumLabels.key(row.status()))).setHeader(getTranslation("import.status"))
                .setWidth("10rem").setFlexGrow(0).setKey("status");
        preview.addColumn(row -> row.problems().stream().map(texts::describe).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("import.problems")).setWidth("22rem").setFlexGrow(0).setKey("problems");
        for (int column = 0; column < mapping.headers().size(); column++) {
            int index = column;
            preview.addColumn(row -> row.cells().get(index)).setHeader(mapping.headers().get(column))
                    .setWidth("10rem").setResizable(true).setKey("column-" + column);
        }
        settings.setVisible(true);
    }

    void showPreview(List<PreviewRow> rows) {
        preview.setItems(rows);
    }

    void showRunning(String fileName) {
        upload.setVisible(false);
        settings.setVisible(false);
        progress.start(fileName);
        progress.setVisible(true);
    }

    void showProgress(ImportProgress counts, long fileSize) {
        progress.show(counts, fileSize);
    }

    void showSummary(ImportSummary result) {
        progress.setVisible(false);
        summary.show(result);
        summary.setVisible(true);
    }

    void showUnexpectedFailure(String reference) {
        progress.setVisible(false);
        Notifications.error(getTranslation("import.unexpected", reference));
        logic.reset();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        logic.detached();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · " + getTranslation("app.name");
    }
}
