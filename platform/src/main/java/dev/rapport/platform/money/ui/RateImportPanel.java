package dev.rapport.platform.money.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.FileUploadHandler;
import dev.rapport.platform.customer.importing.ImportMessage;
import dev.rapport.platform.customer.importing.UnreadableCsvException;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.money.RateFile;
import dev.rapport.platform.money.RateFileReader;
import dev.rapport.platform.money.RateProblem;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.web.Formats;
import dev.rapport.platform.web.WebSession;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a rate file: upload, a preview of what the file holds (or every problem, by row), then the import in the
 * background with its progress; {@code imported} runs once the rates are stored.
 */
final class RateImportPanel extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(RateImportPanel.class);
    /** The ECB's whole history is under 2 MB; a rate file ten times that is not one. */
    private static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private final ExchangeRateService rates;
    private final Formats formats;
    private final Runnable imported;
    private final Upload upload = new Upload();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Button start = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph result = new Paragraph();
    private RateFile file;

    RateImportPanel(ExchangeRateService rates, Formats formats, Runnable imported) {
        this.rates = rates;
        this.formats = formats;
        this.imported = imported;
        setPadding(false);
        upload.setId("rates-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setUploadHandler(new FileUploadHandler((metadata, uploaded) -> read(uploaded),
                metadata -> Files.createTempFile("rapport-rates-", ".csv").toFile()));
        upload.addFileRemovedListener(event -> show(null));
        summary.setId("rates-file-summary");
        problems.setId("rates-file-problems");
        start.setText(getTranslation("rates.import.start"));
        start.setId("rates-import");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> getUI().ifPresent(ui -> startImport(ui, WebSession.actor())));
        progress.setId("rates-progress");
        result.setId("rates-result");
        add(new Paragraph(getTranslation("rates.import.intro")), upload, summary, problems, start, progress, result);
        show(null);
    }

    private void read(File uploaded) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(uploaded.toPath()), 1 << 16)) {
            show(RateFileReader.read(in));
        } catch (UnreadableCsvException e) {
            show(null);
            ImportMessage message = e.userMessage();
            summary.setText(getTranslation(message.key(), message.arguments().toArray()));
            summary.setVisible(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded rate file", e);
        } finally {
            try {
                Files.deleteIfExists(uploaded.toPath());
            } catch (IOException e) {
                log.warn("Cannot delete the temporary file {}", uploaded, e);
            }
        }
    }

    /** Shows what {@code read} holds, or nothing. */
    private void show(RateFile read) {
        file = read;
        problems.removeAll();
        result.setVisible(false);
        progress.setVisible(false);
        summary.setVisible(read != null);
        problems.setVisible(read != null && !read.problems().isEmpty());
        start.setVisible(read != null && read.importable());
        start.setEnabled(true);
        if (read == null) {
            return;
        }
        summary.setText(read.rates().isEmpty() ? getTranslation("rates.import.nothing", read.problemCount())
                : getTranslation("rates.import.summary", getTranslation("rates.layout." + read.layout().name()),
                formats.number(read.rates().size()), String.join(", ", read.currencies()),
                formats.date(read.firstDate().orElseThrow()), formats.date(read.lastDate().orElseThrow()),
                read.problemCount()));
        for (RateProblem problem : read.problems()) {
            problems.add(new ListItem(getTranslation(problem.key(), problem.arguments().toArray())));
        }
    }

    private void startImport(UI ui, Actor actor) {
        RateFile importing = file;
        if (importing == null || !importing.importable()) {
            return;
        }
        file = null;
        start.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        double total = importing.rates().size();
        Thread.ofVirtual().name("rate-import").start(() -> {
            try {
                int stored = rates.importRates(importing, actor, done -> access(ui, () -> progress.setValue(done / total)));
                access(ui, () -> finished(getTranslation("rates.import.done", formats.number(stored))));
            } catch (RuntimeException e) {
                String reference = UUID.randomUUID().toString().substring(0, 8);
                log.error("Exchange rate import failed [{}]", reference, e);
                access(ui, () -> finished(getTranslation("rates.import.failed", reference)));
            }
        });
    }

    private void finished(String text) {
        progress.setVisible(false);
        start.setVisible(false);
        upload.clearFileList();
        result.setText(text);
        result.setVisible(true);
        imported.run();
    }

    private static void access(UI ui, Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            log.debug("The rate import's page was closed; the import goes on");
        }
    }
}
