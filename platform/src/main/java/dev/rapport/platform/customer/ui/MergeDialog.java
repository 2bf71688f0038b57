package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.CustomerService;
import dev.rapport.platform.customer.CustomerSummary;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Picks the duplicate record to merge into the customer shown, then asks once more: merging cannot be undone.
 */
final class MergeDialog extends Dialog {

    MergeDialog(Customer survivor, CustomerService customers, Consumer<CustomerSummary> merge) {
        setId("merge-dialog");
        setHeaderTitle(getTranslation("merge.title", survivor.displayName()));
        setWidth("min(40em, 95vw)");
        ComboBox<CustomerSummary> duplicate = new ComboBox<>(getTranslation("merge.duplicate"));
        duplicate.setId("merge-duplicate");
        duplicate.setWidthFull();
        duplicate.setItems(query -> {
            String filter = query.getFilter().orElse("");
            int limit = Math.min(query.getLimit(), 20);
            return query.getOffset() > 0 || filter.strip().length() < 2 ? Stream.empty()
                    : customers.search(filter, limit).stream().filter(hit -> hit.id() != survivor.id());
        });
        duplicate.setItemLabelGenerator(hit -> hit.displayName()
                + (hit.primaryEmail() == null ? "" : " · " + hit.primaryEmail()) + " · #" + hit.id());
        add(new Paragraph(getTranslation("merge.explain", survivor.displayName())), duplicate);
        Button next = new Button(getTranslation("merge.merge"), click -> {
            if (duplicate.getValue() == null) {
                duplicate.setErrorMessage(getTranslation("validation.required"));
                duplicate.setInvalid(true);
                return;
            }
            CustomerSummary chosen = duplicate.getValue();
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("merge.confirmTitle"),
                    getTranslation("merge.confirmText", chosen.displayName(), chosen.id(), survivor.displayName()),
                    getTranslation("merge.merge"), event -> {
                        close();
                        merge.accept(chosen);
                    });
            confirm.setId("merge-confirm");
            confirm.setConfirmButtonTheme("error primary");
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("form.cancel"));
            confirm.open();
        });
        next.setId("merge-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), next);
    }
}
