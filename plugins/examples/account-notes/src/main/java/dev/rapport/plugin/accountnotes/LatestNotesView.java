package dev.rapport.plugin.accountnotes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.job.JobRunProgress;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The latest notes across all customers, newest first, loaded page by page; a button starts the summary job
 * ({@link NotesSummaryJob}) and shows its progress live until it ends.
 */
public final class LatestNotesView extends VerticalLayout {

    private final NavigableMap<Integer, Note> pageEnds = new TreeMap<>();

    public LatestNotesView(PluginContext context, NoteRepository notes) {
        setId("account-notes-view");
        setSizeFull();
        Map<Long, String> names = new HashMap<>();
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        Grid<Note> grid = new Grid<>();
        grid.setId("account-notes-grid");
        grid.addColumn(note -> names.computeIfAbsent(note.customerId(), id -> context.customers().find(id)
                .map(CustomerInfo::displayName).orElse("#" + id))).setHeader(getTranslation("account-notes.customer"));
        grid.addColumn(Note::body).setHeader(getTranslation("account-notes.note")).setFlexGrow(3);
        grid.addColumn(note -> format.format(note.createdAt())).setHeader(getTranslation("account-notes.written"));
        grid.setItems(query -> {
            // Keyset paging: continue after the last note of the nearest page already fetched.
            var anchor = pageEnds.lowerEntry(query.getOffset());
            int start = anchor == null ? 0 : anchor.getKey() + 1;
            int skip = query.getOffset() - start;
            List<Note> rows = notes.latest(anchor == null ? null : anchor.getValue(), skip + query.getLimit());
            if (!rows.isEmpty()) {
                pageEnds.put(start + rows.size() - 1, rows.getLast());
            }
            return rows.stream().skip(skip);
        });
        grid.setEmptyStateText(getTranslation("account-notes.empty"));
        Button summary = new Button(getTranslation("account-notes.summary.start"));
        summary.setId("account-notes-summary");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("account-notes.title")), summary);
        header.setAlignItems(Alignment.BASELINE);
        summary.addClickListener(click -> {
            try {
                long runId = context.jobs().start(NotesSummaryJob.ID);
                summary.setEnabled(false);
                header.add(new JobRunProgress(context.jobs(), runId).onFinished(run -> summary.setEnabled(true)));
            } catch (IllegalStateException e) {
                Notification.show(getTranslation("account-notes.summary.busy"));
            }
        });
        add(header, grid);
        expand(grid);
    }
}
