package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.export.ScorecardCsv;
import dev.rapport.plugin.scorecard.export.ScorecardPdf;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.plugin.scorecard.read.ScorecardReader;
import dev.rapport.plugin.scorecard.read.ScorecardReport;
import dev.rapport.plugin.scorecard.read.ValueTexts;
import dev.rapport.plugin.scorecard.snapshot.SnapshotService;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.security.UserInfo;
import dev.rapport.sdk.ui.Formats;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A department's scorecard for a period: chosen department, period length and period (the last complete one by
 * default), then the report panel; editing, the catalogue, export, recompute and the monthly email from here.
 */
public final class ScorecardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {


    private final PluginContext context;
    private final ScorecardService scorecards;
    private final ScorecardReader reader;
    private final SnapshotService snapshots;
    private final ScorecardCsv csv;
    private final ScorecardPdf pdf;
    private final Select<DepartmentChoice> department = new Select<>();
    private final Select<PeriodKind> kind = new Select<>();
    private final Select<LocalDate> period = new Select<>();
    private final HorizontalLayout actions = new HorizontalLayout();
    private final VerticalLayout body = new VerticalLayout();
    private boolean drawing;

    public ScorecardView(PluginContext context, ScorecardService scorecards, ScorecardReader reader,
                         SnapshotService snapshots, ScorecardCsv csv, ScorecardPdf pdf) {
        this.context = context;
        this.scorecards = scorecards;
        this.reader = reader;
        this.snapshots = snapshots;
        this.csv = csv;
        this.pdf = pdf;
        setId("scorecard-view");
        UserInfo user = context.security().currentUser()
                .orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
        department.setId("scorecard-department");
        department.setLabel(getTranslation("scorecard.department"));
        department.setItems(DepartmentChoice.readableBy(user, context, getTranslation("scorecard.company")));
        department.setItemLabelGenerator(DepartmentChoice::name);
        kind.setId("scorecard-period-kind");
        kind.setLabel(getTranslation("scorecard.periodKind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("scorecard.periodKind." + value.name()));
        kind.setValue(PeriodKind.MONTH);
        period.setId("scorecard-period");
        period.setLabel(getTranslation("scorecard.period"));
        fillPeriods();
        department.addValueChangeListener(change -> redraw());
        kind.addValueChangeListener(change -> {
            fillPeriods();
            redraw();
        });
        period.addValueChangeListener(change -> redraw());
        HorizontalLayout choices = new HorizontalLayout(department, kind, period, actions);
        choices.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        body.setPadding(false);
        add(new H2(getTranslation("scorecard.title")), choices, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("department", List.of());
        List<DepartmentChoice> choices = department.getListDataView().getItems().toList();
        Optional<DepartmentChoice> chosen = asked.stream().findFirst().flatMap(id -> choices.stream()
                .filter(choice -> String.valueOf(choice.id()).equals(id)).findFirst());
        drawing = true;
        department.setValue(chosen.orElse(choices.isEmpty() ? null : choices.get(0)));
        drawing = false;
        redraw();
        // Back from the (long) editor the browser would keep its scroll position, deep in the charts: start at the top.
        getElement().scrollIntoView();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.title");
    }

    /** The periods offered: the current one and the {@value SnapshotService#HISTORY} before; the last complete by default. */
    private void fillPeriods() {
        PeriodKind length = kind.getValue();
        LocalDate current = length.startOf(snapshots.today());
        List<LocalDate> starts = new ArrayList<>();
        for (int back = 0; back <= SnapshotService.HISTORY; back++) {
            starts.add(length.plus(current, -back));
        }
        ValueTexts texts = texts();
        drawing = true;
        period.setItems(starts);
        period.setItemLabelGenerator(start -> texts.period(length, start));
        period.setValue(starts.get(1));
        drawing = false;
    }

    private void redraw() {
        if (drawing) {
            return;
        }
        body.removeAll();
        actions.removeAll();
        DepartmentChoice owner = department.getValue();
        if (owner == null) {
            body.add(new Paragraph(getTranslation("scorecard.noDepartment")));
            return;
        }
        Optional<Scorecard> scorecard = scorecards.find(owner.id());
        boolean editable = scorecards.canEdit(owner.id());
        actions.add(new Anchor(ScorecardNavigation.CATALOGUE, getTranslation("scorecard.catalogue.title")));
        if (editable) {
            Button edit = new Button(getTranslation(scorecard.isPresent() ? "scorecard.edit" : "scorecard.build"),
                    VaadinIcon.EDIT.create(), click -> getUI().ifPresent(ui ->
                    ui.navigate(ScorecardNavigation.edit(owner.id()))));
            edit.setId("scorecard-edit");
            actions.add(edit);
        }
        if (scorecard.isEmpty()) {
            body.add(new Paragraph(getTranslation(editable ? "scorecard.none.editable" : "scorecard.none")));
            return;
        }
        ScorecardReport report = reader.read(scorecard.get(), owner.department(), owner.name(), kind.getValue(),
                period.getValue());
        ValueTexts texts = texts();
        actions.add(download("scorecard-pdf", "scorecard.exportPdf", VaadinIcon.FILE_TEXT, "pdf", "application/pdf",
                report, (out, values) -> pdf.write(report, values, out)));
        actions.add(download("scorecard-csv", "scorecard.exportCsv", VaadinIcon.TABLE, "csv", "text/csv; charset=UTF-8",
                report, (out, values) -> csv.write(report, values, out)));
        Button recompute = new Button(getTranslation("scorecard.recompute"), VaadinIcon.REFRESH.create(),
                click -> new RecomputeDialog(context, snapshots, kind.getValue(), period.getValue(), texts,
                        this::redraw).open());
        recompute.setId("scorecard-recompute");
        recompute.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        recompute.setVisible(editable);
        actions.add(recompute);
        body.add(new ReportPanel(report, texts, context.charts(), reader));
    }

    private Anchor download(String id, String labelKey, VaadinIcon icon, String extension, String contentType,
                            ScorecardReport report, BiConsumer<java.io.OutputStream, ValueTexts> writer) {
        ValueTexts texts = texts();
        String fileName = "scorecard-" + report.departmentName().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-"
                + report.start() + "." + extension;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.accept(bytes, texts);
            return new DownloadResponse(new java.io.ByteArrayInputStream(bytes.toByteArray()), fileName, contentType,
                    bytes.size());
        }), "");
        link.getElement().setAttribute("download", true);
        Button button = new Button(getTranslation(labelKey), icon.create());
        button.setTabIndex(-1);
        link.add(button);
        link.setId(id);
        return link;
    }

    private ValueTexts texts() {
        return new ValueTexts(context.i18n(), getLocale(), Formats.current());
    }
}
