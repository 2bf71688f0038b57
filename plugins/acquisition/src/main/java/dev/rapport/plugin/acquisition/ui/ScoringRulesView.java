package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Confirmation;
import dev.rapport.sdk.ui.Feedback;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import dev.rapport.plugin.acquisition.campaign.ResponseType;
import dev.rapport.plugin.acquisition.scoring.LeadField;
import dev.rapport.plugin.acquisition.scoring.RuleKind;
import dev.rapport.plugin.acquisition.scoring.ScoringRule;
import dev.rapport.plugin.acquisition.scoring.ScoringService;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.interaction.Direction;
import java.util.Map;

/**
 * The scoring rules, for managers: the threshold at which a lead counts as qualified, the rules that give points
 * (for field values, campaign responses and contacts), and recalculating open leads after a change.
 */
public final class ScoringRulesView extends VerticalLayout implements HasDynamicTitle {

    private final ScoringService scoring;
    private final RuleDescriber describer = new RuleDescriber(this);
    private final Grid<ScoringRule> grid = new Grid<>();

    public ScoringRulesView(ScoringService scoring) {
        this.scoring = scoring;
        setId("scoring-rules");
        setSizeFull();
        IntegerField threshold = new IntegerField(getTranslation("acquisition.scoring.threshold"));
        threshold.setId("scoring-threshold");
        threshold.setValue(scoring.threshold());
        threshold.setMin(1);
        Button saveThreshold = new Button(getTranslation("acquisition.save"), click -> {
            if (Feedback.attempt(this, Map.of("threshold", threshold), () -> scoring.setThreshold(
                    threshold.getValue() == null ? 0 : threshold.getValue()))) {
                Feedback.success(this, "acquisition.scoring.thresholdSaved");
            }
        });
        saveThreshold.setId("scoring-threshold-save");
        Button create = new Button(getTranslation("acquisition.scoring.newRule"), VaadinIcon.PLUS.create(), click -> edit(null));
        create.setId("scoring-rule-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button recalculate = new Button(getTranslation("acquisition.scoring.recalculate"), VaadinIcon.REFRESH.create(),
                click -> Confirmation.ask(this, "acquisition-confirm", "acquisition.scoring.recalculate",
                        getTranslation("acquisition.scoring.recalculateQuestion"), "acquisition.scoring.recalculate", () -> {
                            int[] count = new int[1];
                            if (Feedback.attempt(this, Map.of(), () -> count[0] = scoring.recalculateOpenLeads())) {
                                Feedback.success(this, "acquisition.scoring.recalculated", count[0]);
                            }
                        }));
        recalculate.setId("scoring-recalculate");

        grid.setId("scoring-rule-grid");
        grid.addColumn(rule -> LABELS.of(this, rule.kind())).setHeader(getTranslation("acquisition.scoring.kind"));
        grid.addColumn(describer::describe).setHeader(getTranslation("acquisition.score.rule")).setFlexGrow(4);
        grid.addColumn(rule -> RuleDescriber.points(rule.points())).setHeader(getTranslation("acquisition.score.points"));
        grid.addColumn(rule -> rule.maxPoints() == null ? "" : RuleDescriber.points(rule.maxPoints()))
                .setHeader(getTranslation("acquisition.scoring.cap"));
        grid.addColumn(rule -> getTranslation(rule.active() ? "acquisition.yes" : "acquisition.no"))
                .setHeader(getTranslation("acquisition.scoring.active"));
        grid.addComponentColumn(rule -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), click -> edit(rule));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("acquisition.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> Confirmation.ask(this, "acquisition-confirm",
                    "acquisition.scoring.deleteRule", getTranslation("acquisition.scoring.deleteQuestion",
                            describer.describe(rule)), "acquisition.delete", () -> {
                        if (Feedback.attempt(this, Map.of(), () -> scoring.delete(rule.id()))) {
                            refresh();
                        }
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("acquisition.delete"));
            return new HorizontalLayout(edit, delete);
        }).setFlexGrow(0).setWidth("8em");
        HorizontalLayout thresholdBar = new HorizontalLayout(threshold, saveThreshold);
        thresholdBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("acquisition.scoring.title")), new Paragraph(getTranslation("acquisition.scoring.explain")),
                thresholdBar, new HorizontalLayout(create, recalculate), grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(scoring.rules());
    }

    private void edit(ScoringRule existing) {
        Dialog dialog = new Dialog();
        dialog.setId("scoring-rule-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "acquisition.scoring.newRule" : "acquisition.scoring.editRule"));
        Select<RuleKind> kind = new Select<>();
        kind.setId("rule-kind");
        kind.setLabel(getTranslation("acquisition.scoring.kind"));
        kind.setItems(RuleKind.values());
        kind.setItemLabelGenerator(LABELS.generator(this));
        Select<LeadField> field = new Select<>();
        field.setId("rule-field");
        field.setLabel(getTranslation("acquisition.scoring.field"));
        field.setItems(LeadField.values());
        field.setItemLabelGenerator(LABELS.generator(this));
        TextField value = new TextField(getTranslation("acquisition.scoring.value"));
        value.setId("rule-value");
        value.setHelperText(getTranslation("acquisition.scoring.valueHelp"));
        Select<ResponseType> responseType = new Select<>();
        responseType.setId("rule-response-type");
        responseType.setLabel(getTranslation("acquisition.response.type"));
        responseType.setItems(ResponseType.values());
        responseType.setItemLabelGenerator(type -> type == null ? getTranslation("acquisition.scoring.any") : LABELS.of(this, type));
        responseType.setEmptySelectionAllowed(true);
        responseType.setEmptySelectionCaption(getTranslation("acquisition.scoring.any"));
        Select<Channel> channel = new Select<>();
        channel.setId("rule-channel");
        channel.setLabel(getTranslation("acquisition.contact.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(item -> item == null ? getTranslation("acquisition.scoring.any") : LABELS.of(this, item));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("acquisition.scoring.any"));
        Select<Direction> direction = new Select<>();
        direction.setId("rule-direction");
        direction.setLabel(getTranslation("acquisition.contact.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(item -> item == null ? getTranslation("acquisition.scoring.any") : LABELS.of(this, item));
        direction.setEmptySelectionAllowed(true);
        direction.setEmptySelectionCaption(getTranslation("acquisition.scoring.any"));
        IntegerField points = new IntegerField(getTranslation("acquisition.score.points"));
        points.setId("rule-points");
        IntegerField maxPoints = new IntegerField(getTranslation("acquisition.scoring.cap"));
        maxPoints.setId("rule-max-points");
        Checkbox active = new Checkbox(getTranslation("acquisition.scoring.active"));
        active.setId("rule-active");
        kind.addValueChangeListener(change -> {
            RuleKind selected = change.getValue();
            field.setVisible(selected == RuleKind.FIELD_VALUE);
            value.setVisible(selected == RuleKind.FIELD_VALUE);
            responseType.setVisible(selected == RuleKind.CAMPAIGN_RESPONSE);
            channel.setVisible(selected == RuleKind.INTERACTION);
            direction.setVisible(selected == RuleKind.INTERACTION);
            maxPoints.setVisible(selected != RuleKind.FIELD_VALUE);
        });
        if (existing == null) {
            kind.setValue(RuleKind.FIELD_VALUE);
            points.setValue(10);
            active.setValue(true);
        } else {
            kind.setValue(existing.kind());
            field.setValue(existing.field());
            value.setValue(existing.matchValue() == null ? "" : existing.matchValue());
            responseType.setValue(existing.responseType());
            channel.setValue(existing.channel());
            direction.setValue(existing.direction());
            points.setValue(existing.points());
            maxPoints.setValue(existing.maxPoints());
            active.setValue(existing.active());
        }
        dialog.add(new FormLayout(kind, field, value, responseType, channel, direction, points, maxPoints, active));
        Button save = new Button(getTranslation("acquisition.save"), click -> {
            RuleKind chosen = kind.getValue();
            ScoringRule rule = new ScoringRule(existing == null ? 0 : existing.id(), chosen,
                    chosen == RuleKind.FIELD_VALUE ? field.getValue() : null,
                    chosen == RuleKind.FIELD_VALUE && !value.getValue().isBlank() ? value.getValue().strip() : null,
                    chosen == RuleKind.CAMPAIGN_RESPONSE ? responseType.getValue() : null,
                    chosen == RuleKind.INTERACTION ? channel.getValue() : null,
                    chosen == RuleKind.INTERACTION ? direction.getValue() : null,
                    points.getValue() == null ? 0 : points.getValue(),
                    chosen == RuleKind.FIELD_VALUE ? null : maxPoints.getValue(), active.getValue());
            if (Feedback.attempt(this, Map.<String, HasValidation>of("kind", kind, "field", field, "matchValue", value,
                    "points", points, "maxPoints", maxPoints), () -> scoring.save(rule))) {
                dialog.close();
                refresh();
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acquisition.scoring.title");
    }
}
