package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import dev.rapport.platform.customer.importing.ColumnMapping;
import dev.rapport.platform.customer.importing.CsvInspection;
import dev.rapport.platform.customer.importing.CustomerImportService;
import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportDefaults;
import dev.rapport.platform.customer.importing.ImportListener;
import dev.rapport.platform.customer.importing.ImportProgress;
import dev.rapport.platform.customer.importing.ImportSettings;
import dev.rapport.platform.customer.importing.ImportSummary;
import dev.rapport.platform.customer.importing.UnreadableCsvException;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.Formats;
import dev.rapport.sdk.customer.LifecycleStage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the import screen does: inspect an uploaded file, preview it as the settings change, run the import on a
 * thread of its own (never the UI's) with progress pushed to the browser, and delete the temporary files: the
 * upload once the import has read it (or the user leaves), the problem list when the user is done with it.
 */
final class CustomerImportViewLogic {

    static final int PREVIEW_ROWS = 20;
    private static final Logger log = LoggerFactory.getLogger(CustomerImportViewLogic.class);

    private final CustomerImportView view;
    private final CustomerImportService imports;
    private final String defaultCurrency;
    private Path file;
    private String fileName;
    private ColumnMapping mapping;
    private ImportDefaults defaults;
    private DuplicatePolicy duplicates = DuplicatePolicy.SKIP;
    private ImportSummary summary;
    private boolean running;
    private boolean attached = true;
    private volatile boolean cancelRequested;

    CustomerImportViewLogic(CustomerImportView view, CustomerImportService imports, String defaultCurrency) {
        this.view = view;
        this.imports = imports;
        this.defaultCurrency = defaultCurrency;
    }

    /** A file was uploaded to {@code uploaded}, a temporary file this logic now owns. */
    void uploaded(Path uploaded, String name, Actor actor, Formats formats) {
        discardFiles();
        file = uploaded;
        fileName = name;
        try (InputStream in = Files.newInputStream(file)) {
            CsvInspection inspection = imports.inspect(in);
            mapping = inspection.proposedMapping();
            defaults = initialDefaults(actor, formats);
            duplicates = DuplicatePolicy.SKIP;
            view.showSettings(mapping, defaults, duplicates);
            preview();
        } catch (UnreadableCsvException e) {
            discardFiles();
            view.showUnreadable(e.userMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    /**
     * A new customer's defaults, as the form has them: a prospect owned by the importing user, in their language
     * and time zone.
     */
    private ImportDefaults initialDefaults(Actor actor, Formats formats) {
        String country = formats.locale().getCountry();
        return new ImportDefaults(null, LifecycleStage.PROSPECT, actor.isSystem() ? null : actor.userId(),
                formats.locale().getLanguage(), defaultCurrency, formats.zone().getId(), country.isEmpty() ? null : country);
    }

    void mappingChanged(ColumnMapping changed) {
        mapping = changed;
        preview();
    }

    void defaultsChanged(ImportDefaults changed, DuplicatePolicy policy) {
        defaults = changed;
        duplicates = policy;
        preview();
    }

    private void preview() {
        try (InputStream in = Files.newInputStream(file)) {
            view.showPreview(imports.preview(in, settings(), PREVIEW_ROWS));
        } catch (UnreadableCsvException e) {
            view.showUnreadable(e.userMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }

    private ImportSettings settings() {
        return new ImportSettings(mapping, defaults, duplicates);
    }

    /** Starts the import in the background; the uploaded file goes with it. A second click is ignored. */
    void start(UI ui, Actor actor) {
        if (running || file == null) {
            return;
        }
        Path source = file;
        long size;
        try {
            size = Files.size(source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
        ImportSettings settings = settings();
        file = null;
        running = true;
        cancelRequested = false;
        view.showRunning(fileName);
        Thread.ofVirtual().name("customer-import").start(() -> run(ui, source, size, settings, actor));
    }

    private void run(UI ui, Path source, long size, ImportSettings settings, Actor actor) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(source), 1 << 16)) {
            ImportSummary result = imports.run(in, settings, actor, new ImportListener() {
                @Override
                public void progress(ImportProgress progress) {
                    access(ui, () -> view.showProgress(progress, size));
                }

                @Override
                public boolean cancelRequested() {
                    return cancelRequested;
                }
            });
            if (!access(ui, () -> finished(result))) {
                result.problems().delete();
            }
        } catch (IOException | RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Customer import failed [{}]", reference, e);
            access(ui, () -> {
                running = false;
                view.showUnexpectedFailure(reference);
            });
        } finally {
            delete(source);
        }
    }

    private void finished(ImportSummary result) {
        running = false;
        if (attached) {
            summary = result;
            view.showSummary(result);
        } else {
            result.problems().delete();
        }
    }

    void cancel() {
        cancelRequested = true;
    }

    /** The user is done with the file (removed it, or wants to import another): start over. */
    void reset() {
        discardFiles();
        view.showUpload();
    }

    /** The user left the screen: a running import goes on and cleans up after itself. */
    void detached() {
        attached = false;
        if (!running) {
            discardFiles();
        }
    }

    private void discardFiles() {
        if (file != null) {
            delete(file);
            file = null;
        }
        if (summary != null) {
            summary.problems().delete();
            summary = null;
        }
    }

    /** Runs {@code command} in {@code ui}; false when the browser has gone. */
    private static boolean access(UI ui, Command command) {
        try {
            ui.access(command);
            return true;
        } catch (UIDetachedException e) {
            return false;
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Cannot delete the temporary file {}", path, e);
        }
    }
}
