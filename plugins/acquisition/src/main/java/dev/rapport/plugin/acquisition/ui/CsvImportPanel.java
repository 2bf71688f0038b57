package dev.rapport.plugin.acquisition.ui;

import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.rapport.plugin.acquisition.importing.CsvTable;
import dev.rapport.plugin.acquisition.importing.RowOutcome;
import dev.rapport.sdk.error.ValidationException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Imports a CSV file in four steps: upload; map the file's columns to the import's fields (proposed from the
 * header names); preview the first rows with what is wrong with each; import with a progress bar, then list the
 * rows that failed and why. Rows are imported in small batches inside the user's session (so the user's rights and
 * name apply), driven from a background thread that waits for each batch, so the page stays responsive.
 *
 * @param <F> the import's fields
 */
public final class CsvImportPanel<F extends Enum<F>> extends VerticalLayout {

    private static final int PREVIEW_ROWS = 10;
    private static final int BATCH = 20;

    private final ImportStrategy<F> strategy;
    private final Map<F, Select<Integer>> columns;
    private final FormLayout mapping = new FormLayout();
    private final Grid<ImportStrategy.PreviewRow> preview = new Grid<>();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Grid<RowOutcome> failures = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button previewButton = new Button();
    private final Button importButton = new Button();
    private CsvTable table;

    public CsvImportPanel(String idPrefix, ImportStrategy<F> strategy) {
        this.strategy = strategy;
        this.columns = new EnumMap<>(strategy.fields());
        setPadding(false);
        // The upload arrives on a request of its own: hand the bytes to the UI under its session lock.
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> read(metadata.fileName(), bytes)))));
        upload.setId(idPrefix + "-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(CsvTable.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.addFileRejectedListener(rejected -> Feedback.error(this, rejected.getErrorMessage()));

        mapping.setId(idPrefix + "-mapping");
        mapping.setVisible(false);
        preview.setId(idPrefix + "-preview");
        preview.addColumn(ImportStrategy.PreviewRow::rowNumber).setHeader(getTranslation("acquisition.import.row"))
                .setFlexGrow(0).setWidth("6em");
        preview.addColumn(row -> row.errors().isEmpty() ? getTranslation("acquisition.import.ok")
                : row.errors().stream().map(error -> Feedback.text(this, error)).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("acquisition.import.check")).setFlexGrow(4);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        previewButton.setText(getTranslation("acquisition.import.preview"));
        previewButton.setId(idPrefix + "-preview-button");
        previewButton.setVisible(false);
        previewButton.addClickListener(click -> showPreview());
        importButton.setText(getTranslation("acquisition.import.start"));
        importButton.setId(idPrefix + "-start");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(click -> startImport());
        progress.setVisible(false);
        progressText.setId(idPrefix + "-progress");
        summary.setId(idPrefix + "-summary");
        failures.setId(idPrefix + "-failures");
        failures.addColumn(RowOutcome::rowNumber).setHeader(getTranslation("acquisition.import.row")).setFlexGrow(0).setWidth("6em");
        failures.addColumn(outcome -> outcome.errors().stream().map(error -> Feedback.text(this, error))
                .collect(Collectors.joining(" "))).setHeader(getTranslation("acquisition.import.problem")).setFlexGrow(4);
        failures.setVisible(false);
        add(upload, mapping, previewButton, preview, importButton, progress, progressText, summary, failures);
    }

    private void read(String fileName, byte[] bytes) {
        try {
            table = CsvTable.parse(fileName, bytes);
        } catch (ValidationException e) {
            Feedback.error(this, e.errors().stream().map(error -> Feedback.text(this, error)).collect(Collectors.joining(" ")));
            return;
        }
        Map<F, Integer> guessed = strategy.guessMapping(table);
        mapping.removeAll();
        columns.clear();
        List<Integer> indexes = IntStream.range(0, table.headers().size()).boxed().toList();
        for (F field : strategy.fields().getEnumConstants()) {
            Select<Integer> column = new Select<>();
            column.setId("import-column-" + field.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            column.setLabel(getTranslation("acquisition.import.field." + field.name()));
            column.setItems(indexes);
            column.setEmptySelectionAllowed(true);
            column.setEmptySelectionCaption(getTranslation("acquisition.import.notImported"));
            column.setItemLabelGenerator(index -> index == null ? getTranslation("acquisition.import.notImported")
                    : table.headers().get(index));
            column.setValue(guessed.get(field));
            columns.put(field, column);
            mapping.add(column);
        }
        summary.setText(getTranslation("acquisition.import.read", table.fileName(), table.rows().size()));
        mapping.setVisible(true);
        previewButton.setVisible(true);
        importButton.setVisible(true);
        preview.setVisible(false);
        failures.setVisible(false);
    }

    private Map<F, Integer> chosenMapping() {
        Map<F, Integer> chosen = new EnumMap<>(strategy.fields());
        columns.forEach((field, select) -> {
            if (select.getValue() != null) {
                chosen.put(field, select.getValue());
            }
        });
        return chosen;
    }

    private void showPreview() {
        Feedback.attempt(this, Map.of(), () -> {
            preview.setItems(strategy.preview(table, chosenMapping(), PREVIEW_ROWS));
            preview.setVisible(true);
        });
    }

    private void startImport() {
        Map<F, Integer> chosen = chosenMapping();
        CsvTable importing = table;
        UI ui = UI.getCurrent();
        importButton.setEnabled(false);
        previewButton.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        List<RowOutcome> outcomes = new ArrayList<>();
        int rows = importing.rows().size();
        Thread.ofVirtual().name("acquisition-import").start(() -> {
            try {
                for (int start = 0; start < rows; start += BATCH) {
                    int from = start;
                    ui.access(() -> {
                        for (int index = from; index < Math.min(rows, from + BATCH); index++) {
                            outcomes.add(strategy.importRow(importing, index, chosen));
                        }
                        progress.setValue((double) outcomes.size() / rows);
                        progressText.setText(getTranslation("acquisition.import.progress", outcomes.size(), rows));
                    }).get();
                }
                ui.access(() -> finished(outcomes));
            } catch (UIDetachedException e) {
                // The user left the page; the rows imported so far stay imported.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                ui.access(() -> {
                    Feedback.error(this, getTranslation("acquisition.import.failed"));
                    finished(outcomes);
                });
            }
        });
    }

    private void finished(List<RowOutcome> outcomes) {
        List<RowOutcome> failed = outcomes.stream().filter(outcome -> outcome.status() == RowOutcome.Status.FAILED).toList();
        summary.setText(getTranslation("acquisition.import.done", outcomes.size() - failed.size(), failed.size()));
        failures.setItems(failed);
        failures.setVisible(!failed.isEmpty());
        progress.setVisible(false);
        importButton.setEnabled(true);
        previewButton.setEnabled(true);
        importButton.setVisible(false);
        previewButton.setVisible(false);
        mapping.setVisible(false);
    }
}
