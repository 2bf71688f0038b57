package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import dev.rapport.platform.customer.importing.ColumnMapping;
import dev.rapport.platform.customer.importing.ImportField;
import dev.rapport.platform.web.EnumLabels;
import java.util.ArrayList;
import java.util.List;

/**
 * A select per CSV column with the customer field it fills. Choosing a field that only one column may fill
 * takes it from the column that had it. Fires a {@link MappingChangeEvent}; never calls a service.
 */
class ColumnMappingForm extends FormLayout {

    private final List<Select<ImportField>> selects = new ArrayList<>();
    private ColumnMapping mapping;
    private boolean showing;

    ColumnMappingForm() {
        setId("import-mapping");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("30em", 2), new ResponsiveStep("50em", 3),
                new ResponsiveStep("70em", 4));
    }

    /** Shows a select per column of {@code value}. */
    void setMapping(ColumnMapping value) {
        removeAll();
        selects.clear();
        mapping = value;
        for (int column = 0; column < value.headers().size(); column++) {
            Select<ImportField> select = new Select<>();
            select.setId("column-" + column);
            String header = value.headers().get(column);
            select.setLabel(header.isBlank() ? getTranslation("import.columnName", column + 1) : header);
            select.setItems(ImportField.values());
            select.setItemLabelGenerator(EnumLabels.of(this));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("import.ignored"));
            select.setPlaceholder(getTranslation("import.ignored"));
            int index = column;
            select.addValueChangeListener(event -> {
                if (!showing) {
                    changed(index, event.getValue());
                }
            });
            selects.add(select);
            add(select);
        }
        show();
    }

    ColumnMapping mapping() {
        return mapping;
    }

    private void changed(int column, ImportField field) {
        mapping = mapping.with(column, field);
        show();
        fireEvent(new MappingChangeEvent(this));
    }

    private void show() {
        showing = true;
        try {
            for (int column = 0; column < selects.size(); column++) {
                selects.get(column).setValue(mapping.field(column));
            }
        } finally {
            showing = false;
        }
    }

    Registration addMappingChangeListener(ComponentEventListener<MappingChangeEvent> listener) {
        return addListener(MappingChangeEvent.class, listener);
    }

    /** The user changed which field a column fills. */
    static final class MappingChangeEvent extends ComponentEvent<ColumnMappingForm> {

        MappingChangeEvent(ColumnMappingForm source) {
            super(source, false);
        }
    }
}
