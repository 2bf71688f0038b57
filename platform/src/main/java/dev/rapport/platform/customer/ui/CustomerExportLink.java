package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.rapport.platform.customer.CustomerExport;
import dev.rapport.platform.customer.CustomerFilter;
import dev.rapport.platform.customer.CustomerSort;
import dev.rapport.platform.user.Actor;
import dev.rapport.platform.user.UserDirectory;
import dev.rapport.sdk.error.AccessDeniedException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * The list's "Export" action: downloads the customers picked in the list, or when none are picked those the list
 * shows (its filter and order), as CSV through the SDK's {@code CsvWriter}, which neutralises spreadsheet formulas.
 * The browser's download bar shows the progress; the file streams as it is written, so a large export starts
 * at once and needs no memory on the server.
 */
final class CustomerExportLink extends Anchor {

    /** What the list shows when the download starts; read outside the session lock, hence immutable values. */
    record Selection(CustomerFilter filter, CustomerSort sort, java.util.List<Long> chosen) {
        Selection {
            chosen = java.util.List.copyOf(chosen);
        }
    }

    CustomerExportLink(CustomerExport export, UserDirectory users, Actor actor, Supplier<Selection> selection) {
        Button button = new Button(getTranslation("customers.export"), VaadinIcon.DOWNLOAD.create());
        button.setId("export-customers");
        button.setTabIndex(-1);
        add(button);
        setId("export-customers-link");
        setHref((DownloadHandler) event -> download(event, export, users, actor.userId(), selection.get()),
                AttachmentType.DOWNLOAD);
    }

    private static void download(DownloadEvent event, CustomerExport export, UserDirectory users, long userId,
                                 Selection selection) throws IOException {
        // The role as stored now, not as when the page opened: a demoted user exports nothing.
        Actor current = users.actorOf(userId).orElseThrow(() -> new AccessDeniedException("Your account is inactive."));
        event.setFileName("customers-" + LocalDate.now() + ".csv");
        event.setContentType("text/csv; charset=UTF-8");
        Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF'); // spreadsheets then read the file as UTF-8
        if (selection.chosen().isEmpty()) {
            export.export(selection.filter(), selection.sort(), current, out);
        } else {
            export.export(selection.chosen(), current, out);
        }
        out.flush();
    }
}
