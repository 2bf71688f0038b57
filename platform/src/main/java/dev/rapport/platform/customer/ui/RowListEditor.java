package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * An editable, ordered list of rows (emails, phones, addresses): add, remove, first row is the primary one.
 *
 * @param <V> the value one row edits
 */
final class RowListEditor<V> extends VerticalLayout {

    /** One row: edits one value and can show a problem with it. */
    interface Row<V> {
        Component component();

        V value();

        void value(V value);

        /** Shows {@code message} on the part named {@code part} ("" for the row's main field). */
        void showError(String part, String message);

        void clearErrors();
    }

    private final Supplier<Row<V>> rowFactory;
    private final List<Row<V>> rows = new ArrayList<>();
    private final VerticalLayout rowContainer = new VerticalLayout();

    RowListEditor(String id, String title, String addLabel, Supplier<Row<V>> rowFactory) {
        this.rowFactory = rowFactory;
        setId(id);
        setPadding(false);
        setSpacing(false);
        rowContainer.setPadding(false);
        rowContainer.setSpacing(false);
        Span heading = new Span(title);
        heading.addClassNames(LumoUtility.FontWeight.SEMIBOLD, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        Button add = new Button(addLabel, VaadinIcon.PLUS.create(), click -> addRow(null));
        add.setId(id + "-add");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        add(heading, rowContainer, add);
    }

    void setValues(List<V> values) {
        rows.clear();
        rowContainer.removeAll();
        values.forEach(this::addRow);
    }

    List<V> getValues() {
        return rows.stream().map(Row::value).toList();
    }

    private void addRow(V value) {
        Row<V> row = rowFactory.get();
        if (value != null) {
            row.value(value);
        }
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("form.remove"));
        HorizontalLayout line = new HorizontalLayout(row.component(), remove);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.setWidthFull();
        line.expand(row.component());
        remove.addClickListener(click -> {
            rows.remove(row);
            rowContainer.remove(line);
        });
        rows.add(row);
        rowContainer.add(line);
    }

    /** Shows an error on row {@code index}; {@code part} names a field within the row. */
    void showError(int index, String part, String message) {
        if (index >= 0 && index < rows.size()) {
            rows.get(index).showError(part, message);
        }
    }

    void clearErrors() {
        rows.forEach(Row::clearErrors);
    }
}
