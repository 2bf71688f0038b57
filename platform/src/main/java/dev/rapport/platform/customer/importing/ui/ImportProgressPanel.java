package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dev.rapport.platform.customer.importing.ImportProgress;
import dev.rapport.platform.web.Formats;

/** A running import: how much of the file is read, the counts so far, and a button to stop it. */
class ImportProgressPanel extends VerticalLayout {

    private final Formats formats;
    private final H3 title = new H3();
    private final ProgressBar bar = new ProgressBar();
    private final Span counts = new Span();
    private final Button cancel = new Button();

    ImportProgressPanel(Formats formats) {
        this.formats = formats;
        setId("import-running");
        setPadding(false);
        bar.setId("import-progress");
        counts.setId("import-counts");
        cancel.setId("import-cancel");
        cancel.addClickListener(click -> {
            cancel.setEnabled(false);
            cancel.setText(getTranslation("import.cancelling"));
            fireEvent(new CancelEvent(this));
        });
        add(title, bar, counts, cancel);
    }

    void start(String fileName) {
        title.setText(getTranslation("import.running", fileName));
        show(ImportProgress.NONE, 0);
        cancel.setText(getTranslation("import.cancel"));
        cancel.setEnabled(true);
    }

    /** @param fileSize the file's size in bytes: the whole of the bar */
    void show(ImportProgress progress, long fileSize) {
        bar.setValue(fileSize <= 0 ? 0 : Math.min(1.0, (double) progress.bytesRead() / fileSize));
        counts.setText(getTranslation("import.counts", formats.number(progress.read()), formats.number(progress.imported()),
                formats.number(progress.duplicates()), formats.number(progress.invalid())));
    }

    Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The user asked to stop the import. */
    static final class CancelEvent extends ComponentEvent<ImportProgressPanel> {

        CancelEvent(ImportProgressPanel source) {
            super(source, true);
        }
    }
}
