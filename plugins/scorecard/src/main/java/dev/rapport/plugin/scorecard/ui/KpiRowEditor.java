package dev.rapport.plugin.scorecard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.rapport.plugin.scorecard.model.PeriodKind;
import dev.rapport.sdk.extension.CatalogMetric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One KPI in the editor: its metric from the catalogue, weight, a target per period length and the thresholds
 * of its lights. Registers its fields under the names the service's validation uses ({@code kpi.<i>.<j>.…}).
 */
final class KpiRowEditor extends HorizontalLayout {

    KpiRowEditor(ScorecardDraft.KpiDraft kpi, String prefix, String idPrefix, List<CatalogMetric> catalogue,
                 Map<String, HasValidation> fields, Runnable remove) {
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        ComboBox<String> metric = new ComboBox<>(getTranslation("scorecard.kpi"));
        metric.setId(idPrefix + "-metric");
        List<String> ids = new ArrayList<>(catalogue.stream().map(CatalogMetric::id).toList());
        if (kpi.metricId != null && !ids.contains(kpi.metricId)) {
            ids.add(kpi.metricId);
        }
        metric.setItems(ids);
        metric.setItemLabelGenerator(id -> catalogue.stream().filter(one -> one.id().equals(id)).findFirst()
                .map(one -> getTranslation(one.labelKey()) + " (" + one.source() + ")")
                .orElse(getTranslation("scorecard.metric.notInstalled", id)));
        metric.setValue(kpi.metricId);
        metric.setWidth("20rem");
        metric.setRequiredIndicatorVisible(true);
        metric.addValueChangeListener(change -> kpi.metricId = change.getValue());
        fields.put(prefix + "metric", metric);
        add(metric);
        add(number(idPrefix + "-weight", "scorecard.weight", kpi.weight, value -> kpi.weight = value, "6rem",
                fields, prefix + "weight"));
        for (PeriodKind kind : PeriodKind.values()) {
            String name = kind.name().toLowerCase(Locale.ROOT);
            BigDecimalField target = number(idPrefix + "-target-" + name,
                    getTranslation("scorecard.targetFor", getTranslation("scorecard.periodKind." + kind.name())),
                    kpi.targets.get(kind), value -> kpi.targets.put(kind, value), "8rem", fields,
                    kind == PeriodKind.MONTH ? prefix + "target" : null);
            add(target);
        }
        add(number(idPrefix + "-green", "scorecard.greenAt", kpi.greenPercent, value -> kpi.greenPercent = value,
                "7rem", fields, prefix + "green"));
        add(number(idPrefix + "-amber", "scorecard.amberAt", kpi.amberPercent, value -> kpi.amberPercent = value,
                "7rem", fields, prefix + "amber"));
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> remove.run());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("scorecard.kpi.remove"));
        delete.setId(idPrefix + "-remove");
        add(delete);
    }

    private BigDecimalField number(String id, String labelOrKey, BigDecimal value, Consumer<BigDecimal> onChange,
                                   String width, Map<String, HasValidation> fields, String fieldName) {
        String label = labelOrKey.startsWith("scorecard.") ? getTranslation(labelOrKey) : labelOrKey;
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        field.setValue(value);
        field.setWidth(width);
        field.addValueChangeListener(change -> onChange.accept(change.getValue()));
        if (fieldName != null) {
            fields.put(fieldName, field);
        }
        return field;
    }
}
