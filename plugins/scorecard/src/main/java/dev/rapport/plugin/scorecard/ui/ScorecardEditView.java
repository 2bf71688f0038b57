package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import dev.rapport.plugin.scorecard.build.ScorecardService;
import dev.rapport.plugin.scorecard.model.DepartmentKind;
import dev.rapport.plugin.scorecard.model.Perspective;
import dev.rapport.plugin.scorecard.model.Scorecard;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.error.AccessDeniedException;
import dev.rapport.sdk.extension.CatalogMetric;
import dev.rapport.sdk.ui.Feedback;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Builds or changes a department's scorecard (the company's: department 0): its name, objectives under the four
 * perspectives with their weights and cause-effect links, and their KPIs. Starts from a template of the
 * department's kind; saves everything at once under the scorecard's version, errors shown on their fields.
 */
public final class ScorecardEditView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final PluginContext context;
    private final ScorecardService scorecards;
    private final List<CatalogMetric> catalogue;
    private final TextField name = new TextField();
    private final Select<DepartmentKind> template = new Select<>();
    private final VerticalLayout objectives = new VerticalLayout();
    private final Map<String, HasValidation> fields = new HashMap<>();
    private final H2 title = new H2();
    private ScorecardDraft draft;

    public ScorecardEditView(PluginContext context, ScorecardService scorecards) {
        this.context = context;
        this.scorecards = scorecards;
        this.catalogue = context.metricCatalog().metrics();
        setId("scorecard-editor");
        name.setId("scorecard-name");
        name.setLabel(getTranslation("scorecard.name"));
        name.setWidth("24rem");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        name.addValueChangeListener(change -> draft.name = change.getValue());
        template.setId("scorecard-template");
        template.setLabel(getTranslation("scorecard.template"));
        template.setItems(DepartmentKind.values());
        // The same keys as the report, the PDF and the CSV use (not EnumLabels' "<prefix><Enum>.<NAME>").
        template.setItemLabelGenerator(value -> getTranslation("scorecard.template." + value.name()));
        Button fromTemplate = new Button(getTranslation("scorecard.fromTemplate"), click -> applyTemplate());
        fromTemplate.setId("scorecard-apply-template");
        HorizontalLayout head = new HorizontalLayout(name, template, fromTemplate);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        objectives.setPadding(false);
        Button addObjective = new Button(getTranslation("scorecard.objective.add"), VaadinIcon.PLUS.create(), click -> {
            draft.objectives.add(new ScorecardDraft.ObjectiveDraft());
            drawObjectives();
        });
        addObjective.setId("scorecard-add-objective");
        Button save = new Button(getTranslation("scorecard.save"), click -> save());
        save.setId("scorecard-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("scorecard.cancel"), click -> back());
        cancel.setId("scorecard-cancel");
        add(title, head, objectives, addObjective, new HorizontalLayout(save, cancel));
        fields.put("name", name);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long departmentId;
        try {
            departmentId = Long.parseLong(event.getRouteParameters().get(ScorecardNavigation.DEPARTMENT_ID).orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class, getTranslation("scorecard.error.notFound"));
            return;
        }
        String owner = departmentId == Scorecard.COMPANY ? getTranslation("scorecard.company")
                : context.staff().department(departmentId).map(department -> department.name()).orElse(null);
        if (owner == null) {
            event.rerouteToError(NotFoundException.class, getTranslation("scorecard.error.notFound"));
            return;
        }
        if (!scorecards.canEdit(departmentId)) {
            throw new AccessDeniedException("The scorecard of " + owner + " is not for this user to change");
        }
        draft = scorecards.find(departmentId).map(ScorecardDraft::of).orElseGet(() -> {
            ScorecardDraft empty = new ScorecardDraft();
            empty.departmentId = departmentId;
            empty.name = getTranslation("scorecard.defaultName", owner);
            return empty;
        });
        title.setText(getTranslation("scorecard.editTitle", owner));
        name.setValue(draft.name);
        DepartmentKind suggested = draft.template != null ? draft.template : departmentId == Scorecard.COMPANY
                ? DepartmentKind.MANAGEMENT : context.staff().department(departmentId)
                .flatMap(department -> DepartmentKind.ofCode(department.code())).orElse(DepartmentKind.MANAGEMENT);
        template.setValue(suggested);
        drawObjectives();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("scorecard.edit");
    }

    /** Replaces the objectives with the template's, asking first when there are objectives to lose. */
    private void applyTemplate() {
        Runnable apply = () -> {
            Scorecard fromTemplate = scorecards.fromTemplate(draft.departmentId, draft.name, template.getValue(),
                    getLocale());
            draft.template = template.getValue();
            draft.replaceObjectives(fromTemplate.objectives());
            drawObjectives();
        };
        if (draft.objectives.isEmpty()) {
            apply.run();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("scorecard.fromTemplate"),
                getTranslation("scorecard.fromTemplate.confirm"), getTranslation("scorecard.fromTemplate.replace"),
                event -> apply.run(), getTranslation("scorecard.cancel"), event -> { });
        confirm.setId("scorecard-template-confirm");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void drawObjectives() {
        objectives.removeAll();
        fields.keySet().removeIf(key -> !key.equals("name"));
        for (int i = 0; i < draft.objectives.size(); i++) {
            objectives.add(objective(i));
        }
    }

    private Div objective(int index) {
        ScorecardDraft.ObjectiveDraft objective = draft.objectives.get(index);
        String prefix = "objective." + index + ".";
        String id = "objective-" + index;
        Select<Perspective> perspective = new Select<>();
        perspective.setId(id + "-perspective");
        perspective.setLabel(getTranslation("scorecard.perspective"));
        perspective.setItems(Perspective.values());
        perspective.setItemLabelGenerator(value -> getTranslation("scorecard.perspective." + value.name()));
        perspective.setValue(objective.perspective);
        perspective.addValueChangeListener(change -> objective.perspective = change.getValue());
        TextField objectiveName = new TextField(getTranslation("scorecard.objective"));
        objectiveName.setId(id + "-name");
        objectiveName.setValue(objective.name);
        objectiveName.setMaxLength(120);
        objectiveName.setWidth("18rem");
        objectiveName.addValueChangeListener(change -> objective.name = change.getValue());
        BigDecimalField weight = new BigDecimalField(getTranslation("scorecard.weight"));
        weight.setId(id + "-weight");
        weight.setValue(objective.weight);
        weight.setWidth("6rem");
        weight.addValueChangeListener(change -> objective.weight = change.getValue());
        MultiSelectComboBox<Integer> leadsTo = leadsTo(index, id);
        Button remove = new Button(getTranslation("scorecard.objective.remove"), VaadinIcon.TRASH.create(), click -> {
            draft.removeObjective(index);
            drawObjectives();
        });
        remove.setId(id + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        fields.put(prefix + "name", objectiveName);
        fields.put(prefix + "weight", weight);
        fields.put(prefix + "leadsTo", leadsTo);
        HorizontalLayout head = new HorizontalLayout(perspective, objectiveName, weight, leadsTo, remove);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        head.setWrap(true);
        VerticalLayout kpis = new VerticalLayout();
        kpis.setPadding(false);
        for (int j = 0; j < objective.kpis.size(); j++) {
            int kpiIndex = j;
            kpis.add(new KpiRowEditor(objective.kpis.get(j), "kpi." + index + "." + j + ".", "kpi-" + index + "-" + j,
                    catalogue, fields, () -> {
                        objective.kpis.remove(kpiIndex);
                        drawObjectives();
                    }));
        }
        Button addKpi = new Button(getTranslation("scorecard.kpi.add"), VaadinIcon.PLUS.create(), click -> {
            objective.kpis.add(new ScorecardDraft.KpiDraft());
            drawObjectives();
        });
        addKpi.setId(id + "-add-kpi");
        addKpi.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(head, kpis, addKpi);
        card.setId(id);
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "100%")
                .set("box-sizing", "border-box");
        return card;
    }

    /**
     * The objectives {@code index} leads to, several at once; a choice that would make the links go round in a
     * circle is taken back at once and named on the field (the service refuses one on save as well).
     */
    private MultiSelectComboBox<Integer> leadsTo(int index, String id) {
        ScorecardDraft.ObjectiveDraft objective = draft.objectives.get(index);
        MultiSelectComboBox<Integer> leadsTo = new MultiSelectComboBox<>(getTranslation("scorecard.leadsTo"));
        leadsTo.setId(id + "-leads-to");
        leadsTo.setPlaceholder(getTranslation("scorecard.leadsTo.none"));
        leadsTo.setWidth("18rem");
        leadsTo.setItems(IntStream.range(0, draft.objectives.size()).filter(other -> other != index).boxed().toList());
        leadsTo.setItemLabelGenerator(other -> draft.objectives.get(other).name.isBlank() ? "#" + (other + 1)
                : draft.objectives.get(other).name);
        leadsTo.setValue(new HashSet<>(objective.leadsTo));
        leadsTo.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            Optional<List<Integer>> circle = draft.circleIf(index, change.getValue());
            if (circle.isPresent()) {
                leadsTo.setValue(change.getOldValue());
                leadsTo.setErrorMessage(getTranslation("scorecard.error.circle", circle.get().stream()
                        .map(position -> leadsTo.getItemLabelGenerator().apply(position))
                        .collect(Collectors.joining(" → "))));
                leadsTo.setInvalid(true);
                return;
            }
            objective.leadsTo.clear();
            objective.leadsTo.addAll(new TreeSet<>(change.getValue()));
        });
        return leadsTo;
    }

    private void save() {
        boolean saved = Feedback.attempt(this, fields, () -> {
            Scorecard stored = scorecards.save(draft.toScorecard());
            draft = ScorecardDraft.of(stored);
        });
        if (saved) {
            Feedback.success(this, "scorecard.saved");
            back();
        }
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(ScorecardNavigation.SCORECARD,
                QueryParameters.of("department", String.valueOf(draft.departmentId))));
    }
}
