package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import dev.rapport.platform.customer.importing.ImportProblem;
import dev.rapport.platform.customer.importing.ImportProblems;
import dev.rapport.platform.customer.importing.ImportSummary;
import dev.rapport.platform.web.Formats;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** How an import ended: the counts, why it stopped early, the first problems and all of them to download. */
class ImportSummaryPanel extends VerticalLayout {

    private final Formats formats;
    private final ImportTexts texts;

    ImportSummaryPanel(Formats formats, ImportTexts texts) {
        this.formats = formats;
        this.texts = texts;
        setId("import-summary");
        setPadding(false);
    }

    void show(ImportSummary summary) {
        removeAll();
        H3 title = new H3(getTranslation(switch (summary.outcome()) {
            case COMPLETED -> "import.completed";
            case CANCELLED -> "import.cancelled";
            case FAILED -> "import.failed";
        }));
        title.setId("import-outcome");
        add(title);
        if (summary.failure() != null) {
            Paragraph failure = new Paragraph(texts.message(summary.failure()));
            failure.setId("import-failure");
            failure.addClassName(LumoUtility.TextColor.ERROR);
            add(failure);
        }
        if (summary.outcome() != ImportSummary.Outcome.COMPLETED) {
            add(new Paragraph(getTranslation("import.keptNote")));
        }
        add(new HorizontalLayout(
                figure("import-imported", "import.imported", summary.counts().imported()),
                figure("import-duplicates", "import.duplicatesSkipped", summary.counts().duplicates()),
                figure("import-invalid", "import.invalidSkipped", summary.counts().invalid())));
        if (summary.problems().count() > 0) {
            add(problems(summary.problems()));
        }
        Button customers = new Button(getTranslation("import.showCustomers"), click -> fireEvent(new DoneEvent(this, false)));
        customers.setId("import-show-customers");
        customers.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button again = new Button(getTranslation("import.again"), click -> fireEvent(new DoneEvent(this, true)));
        again.setId("import-again");
        add(new HorizontalLayout(customers, again));
    }

    private Component problems(ImportProblems problems) {
        Span shown = new Span(getTranslation("import.firstProblems", formats.number(problems.first().size()),
                formats.number(problems.count())));
        Grid<ImportProblem> grid = new Grid<>();
        grid.setId("import-problems");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(ImportProblem::row).setHeader(getTranslation("import.row")).setAutoWidth(true).setFlexGrow(0)
                .setKey("row");
        grid.addColumn(texts::column).setHeader(getTranslation("import.column")).setAutoWidth(true).setKey("column");
        grid.addColumn(problem -> texts.message(problem.message())).setHeader(getTranslation("import.problem"))
                .setFlexGrow(3).setKey("problem");
        grid.setItems(problems.first());
        grid.setAllRowsVisible(problems.first().size() <= 10);
        grid.setHeight(problems.first().size() <= 10 ? null : "24em");
        Anchor download = new Anchor(problemsDownload(problems), getTranslation("import.downloadProblems"));
        download.setId("import-problems-download");
        VerticalLayout list = new VerticalLayout(shown, grid, download);
        list.setPadding(false);
        list.setSpacing(false);
        return list;
    }

    /** All problems as CSV, written while the request runs: they are never all in memory. */
    private DownloadHandler problemsDownload(ImportProblems problems) {
        String fileName = getTranslation("import.problemsFile");
        return event -> {
            event.setFileName(fileName);
            event.setContentType("text/csv; charset=UTF-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                texts.write(problems, out);
            }
        };
    }

    private Component figure(String id, String labelKey, long value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        Span number = new Span(formats.number(value));
        number.setId(id);
        number.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.FontWeight.SEMIBOLD);
        Div card = new Div(label, number);
        card.addClassName("key-figure");
        return card;
    }

    Registration addDoneListener(ComponentEventListener<DoneEvent> listener) {
        return addListener(DoneEvent.class, listener);
    }

    /** The user is done with the summary: to the customers, or another file. */
    static final class DoneEvent extends ComponentEvent<ImportSummaryPanel> {

        private final boolean importAnother;

        DoneEvent(ImportSummaryPanel source, boolean importAnother) {
            super(source, true);
            this.importAnother = importAnother;
        }

        boolean importAnother() {
            return importAnother;
        }
    }
}
