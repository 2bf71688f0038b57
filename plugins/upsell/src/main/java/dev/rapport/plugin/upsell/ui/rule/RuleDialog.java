package dev.rapport.plugin.upsell.ui.rule;

import static dev.rapport.plugin.upsell.ui.Labels.LABELS;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.upsell.opportunity.Pipeline;
import dev.rapport.plugin.upsell.opportunity.PipelineService;
import dev.rapport.plugin.upsell.trigger.EventCondition;
import dev.rapport.plugin.upsell.trigger.RuleAction;
import dev.rapport.plugin.upsell.trigger.RuleDraft;
import dev.rapport.plugin.upsell.trigger.RuleService;
import dev.rapport.plugin.upsell.trigger.RuleTester;
import dev.rapport.plugin.upsell.trigger.TriggerEvent;
import dev.rapport.plugin.upsell.trigger.TriggerRule;
import dev.rapport.sdk.PluginContext;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.customer.ProductInfo;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.interaction.Channel;
import dev.rapport.sdk.security.Department;
import dev.rapport.sdk.ui.Feedback;
import dev.rapport.sdk.ui.Formats;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a trigger rule: when a transaction of a kind, over an amount, of a product family is recorded (or an
 * interaction of a channel is logged, a field of the customer's record changes, another plugin's event arrives) for a
 * customer in a lifecycle stage, then a task (for the owner or a department's queue, with a due date and a call
 * script), an opportunity or a tag, with a cool-down per customer. "Test the rule" shows what it would have done in
 * the last 30 days without saving it.
 */
public final class RuleDialog extends Dialog {

    private static final int SHOWN = 20;

    private final TextField name = field("rule-name", "upsell.rule.name");
    private final Checkbox active = new Checkbox();
    private final Select<TriggerEvent> event = new Select<>();
    private final Select<Channel> channel = new Select<>();
    private final Select<String> changedField = new Select<>();
    private final TextField pluginEventType = field("rule-plugin-event", "upsell.rule.pluginEvent");
    private final Select<TransactionKind> kind = new Select<>();
    private final BigDecimalField minAmount = new BigDecimalField();
    private final TextField minCurrency = field("rule-min-currency", "upsell.rule.minCurrency");
    private final ComboBox<String> family = new ComboBox<>();
    private final Select<LifecycleStage> stage = new Select<>();
    private final Select<RuleAction> action = new Select<>();
    private final Select<Department> department = new Select<>();
    private final IntegerField dueDays = new IntegerField();
    private final TextArea script = new TextArea();
    private final TextField tag = field("rule-tag", "upsell.rule.tag");
    private final Select<Pipeline> pipeline = new Select<>();
    private final IntegerField cooldown = new IntegerField();
    private final IntegerField quietDays = new IntegerField();
    private final Grid<RuleTester.WouldFire> test = new Grid<>();
    private final Span testSummary = new Span();
    private Button testButton;

    public RuleDialog(PluginContext context, RuleService rules, RuleTester tester, PipelineService pipelines,
                      TriggerRule edited, Runnable saved) {
        setId("rule-dialog");
        setWidth("52em");
        setHeaderTitle(getTranslation(edited == null ? "upsell.rule.new" : "upsell.rule.edit"));
        active.setLabel(getTranslation("upsell.rule.active"));
        active.setId("rule-active");
        event.setId("rule-event");
        event.setLabel(getTranslation("upsell.rule.event"));
        event.setItems(TriggerEvent.values());
        event.setItemLabelGenerator(value -> getTranslation("upsell.enum.TriggerEvent." + value.name()));
        event.setValue(TriggerEvent.TRANSACTION);
        setUp(channel, "rule-channel", "upsell.rule.channel", Channel.values());
        channel.setItemLabelGenerator(value -> value == null ? getTranslation("upsell.rule.any")
                : getTranslation("upsell.enum.Channel." + value.name()));
        changedField.setId("rule-changed-field");
        changedField.setLabel(getTranslation("upsell.rule.changedField"));
        changedField.setItems(RuleService.WATCHED_FIELDS);
        changedField.setItemLabelGenerator(value -> getTranslation("upsell.rule.field." + value));
        pluginEventType.setHelperText(getTranslation("upsell.rule.pluginEventHelp"));
        setUp(kind, "rule-kind", "upsell.rule.kind", TransactionKind.values());
        kind.setItemLabelGenerator(value -> value == null ? getTranslation("upsell.rule.any")
                : getTranslation("upsell.enum.TransactionKind." + value.name()));
        minAmount.setId("rule-min-amount");
        minAmount.setLabel(getTranslation("upsell.rule.minAmount"));
        minCurrency.setValue(context.money().reportingCurrency());
        minCurrency.setMaxLength(3);
        family.setId("rule-family");
        family.setLabel(getTranslation("upsell.rule.family"));
        family.setItems(context.customers().products().stream().map(ProductInfo::family).filter(Objects::nonNull)
                .distinct().sorted().toList());
        family.setAllowCustomValue(true);
        family.addCustomValueSetListener(custom -> family.setValue(custom.getDetail()));
        family.setClearButtonVisible(true);
        setUp(stage, "rule-stage", "upsell.rule.stage", LifecycleStage.values());
        stage.setItemLabelGenerator(value -> value == null ? getTranslation("upsell.rule.any")
                : getTranslation("upsell.enum.LifecycleStage." + value.name()));
        action.setId("rule-action");
        action.setLabel(getTranslation("upsell.rule.action"));
        action.setItems(RuleAction.values());
        action.setItemLabelGenerator(LABELS.generator(this));
        action.setValue(RuleAction.TASK);
        department.setId("rule-department");
        department.setLabel(getTranslation("upsell.rule.department"));
        department.setItems(context.staff().departments());
        department.setItemLabelGenerator(value -> value == null ? getTranslation("upsell.rule.owner") : value.name());
        department.setEmptySelectionAllowed(true);
        department.setEmptySelectionCaption(getTranslation("upsell.rule.owner"));
        dueDays.setId("rule-due-days");
        dueDays.setLabel(getTranslation("upsell.rule.dueDays"));
        dueDays.setValue(2);
        script.setId("rule-script");
        script.setLabel(getTranslation("upsell.rule.script"));
        pipeline.setId("rule-pipeline");
        pipeline.setLabel(getTranslation("upsell.board.pipeline"));
        pipeline.setItems(pipelines.all());
        pipeline.setItemLabelGenerator(Pipeline::name);
        cooldown.setId("rule-cooldown");
        cooldown.setLabel(getTranslation("upsell.rule.cooldown"));
        cooldown.setValue(30);
        quietDays.setId("rule-days-since-contact");
        quietDays.setLabel(getTranslation("upsell.rule.daysSinceContact"));
        quietDays.setHelperText(getTranslation("upsell.rule.daysSinceContactHelp"));
        quietDays.setMin(1);
        quietDays.setClearButtonVisible(true);
        action.addValueChangeListener(change -> showActionFields());
        event.addValueChangeListener(change -> showEventFields());
        if (edited != null) {
            fill(edited.toDraft(), pipelines);
        } else {
            active.setValue(true);
        }
        showActionFields();
        showEventFields();
        FormLayout when = new FormLayout(event, stage, quietDays, kind, channel, changedField, pluginEventType,
                minAmount, minCurrency, family);
        FormLayout then = new FormLayout(action, department, dueDays, pipeline, tag, cooldown, script);
        then.setColspan(script, 2);
        test.setId("rule-test-results");
        Formats formats = Formats.current();
        test.addColumn(RuleTester.WouldFire::customerName).setHeader(getTranslation("upsell.opportunity.customer"));
        test.addColumn(one -> formats.dateTime(one.occurredAt())).setHeader(getTranslation("upsell.history.when"));
        test.addColumn(one -> formats.money(one.amount(), one.currency())).setHeader(getTranslation("upsell.opportunity.amount"));
        test.setAllRowsVisible(true);
        test.setVisible(false);
        testSummary.setId("rule-test-summary");
        add(new FormLayout(name, active), new H4(getTranslation("upsell.rule.when")), when,
                new H4(getTranslation("upsell.rule.then")), then, testSummary, test);

        testButton = new Button(getTranslation("upsell.rule.test"), click -> {
            RuleTester.Result[] result = new RuleTester.Result[1];
            if (Feedback.attempt(this, fields(), () -> result[0] = tester.test(draft(), SHOWN))) {
                testSummary.setText(getTranslation("upsell.rule.testResult", result[0].fired(), result[0].cooling()));
                test.setItems(result[0].shown());
                test.setVisible(true);
            }
        });
        testButton.setId("rule-test");
        testButton.setVisible(event.getValue() == TriggerEvent.TRANSACTION);
        Button save = new Button(getTranslation("upsell.save"), click -> {
            if (Feedback.attempt(this, fields(), () -> rules.save(edited == null ? null : edited.id(),
                    edited == null ? 0 : edited.version(), draft()))) {
                Feedback.success(this, "upsell.rule.saved", name.getValue());
                close();
                saved.run();
            }
        });
        save.setId("rule-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("upsell.cancel"), click -> close()), testButton, save);
    }

    private RuleDraft draft() {
        return new RuleDraft(name.getValue(), active.getValue(), kind.getValue(), minAmount.getValue(),
                minCurrency.getValue().strip().toUpperCase(Locale.ROOT), family.getValue(), stage.getValue(),
                action.getValue(), department.getValue() == null ? null : department.getValue().id(), dueDays.getValue(),
                script.getValue(), tag.getValue(), pipeline.getValue() == null ? null : pipeline.getValue().id(),
                cooldown.getValue(), new EventCondition(event.getValue(), channel.getValue(), changedField.getValue(),
                pluginEventType.getValue()), quietDays.getValue());
    }

    private void fill(RuleDraft draft, PipelineService pipelines) {
        name.setValue(draft.name());
        event.setValue(draft.on().event());
        channel.setValue(draft.on().channel());
        changedField.setValue(draft.on().changedField());
        pluginEventType.setValue(Objects.requireNonNullElse(draft.on().pluginEventType(), ""));
        active.setValue(draft.active());
        kind.setValue(draft.kind());
        minAmount.setValue(draft.minAmount());
        if (draft.minCurrency() != null) {
            minCurrency.setValue(draft.minCurrency());
        }
        family.setValue(draft.productFamily());
        stage.setValue(draft.stage());
        action.setValue(draft.action());
        department.getListDataView().getItems().filter(one -> Objects.equals(one.id(), draft.departmentId()))
                .findFirst().ifPresent(department::setValue);
        dueDays.setValue(draft.dueDays());
        script.setValue(Objects.requireNonNullElse(draft.script(), ""));
        tag.setValue(Objects.requireNonNullElse(draft.tag(), ""));
        if (draft.pipelineId() != null) {
            pipelines.find(draft.pipelineId()).ifPresent(pipeline::setValue);
        }
        cooldown.setValue(draft.cooldownDays());
        quietDays.setValue(draft.minDaysSinceContact());
    }

    private void showActionFields() {
        RuleAction chosen = action.getValue();
        department.setVisible(chosen == RuleAction.TASK);
        script.setVisible(chosen == RuleAction.TASK);
        pipeline.setVisible(chosen == RuleAction.OPPORTUNITY);
        tag.setVisible(chosen == RuleAction.TAG);
    }

    private void showEventFields() {
        TriggerEvent chosen = event.getValue();
        boolean transaction = chosen == TriggerEvent.TRANSACTION;
        kind.setVisible(transaction);
        minAmount.setVisible(transaction);
        minCurrency.setVisible(transaction);
        family.setVisible(transaction);
        channel.setVisible(chosen == TriggerEvent.INTERACTION);
        changedField.setVisible(chosen == TriggerEvent.CUSTOMER_UPDATED);
        pluginEventType.setVisible(chosen == TriggerEvent.PLUGIN_EVENT);
        if (testButton != null) {
            testButton.setVisible(transaction);
        }
        if (!transaction) {
            kind.clear();
            minAmount.clear();
            family.clear();
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("event", event);
        fields.put("kind", kind);
        fields.put("changedField", changedField);
        fields.put("pluginEventType", pluginEventType);
        fields.put("name", name);
        fields.put("minAmount", minAmount);
        fields.put("minCurrency", minCurrency);
        fields.put("productFamily", family);
        fields.put("stage", stage);
        fields.put("minDaysSinceContact", quietDays);
        fields.put("action", action);
        fields.put("department", department);
        fields.put("dueDays", dueDays);
        fields.put("script", script);
        fields.put("tag", tag);
        fields.put("pipeline", pipeline);
        fields.put("cooldownDays", cooldown);
        return fields;
    }

    @SafeVarargs
    private <T> void setUp(Select<T> select, String id, String labelKey, T... values) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("upsell.rule.any"));
    }

    private TextField field(String id, String labelKey) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setId(id);
        return field;
    }
}
