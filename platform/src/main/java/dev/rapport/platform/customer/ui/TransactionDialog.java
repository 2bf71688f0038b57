package dev.rapport.platform.customer.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.platform.customer.Customer;
import dev.rapport.platform.customer.Product;
import dev.rapport.platform.customer.TransactionDraft;
import dev.rapport.sdk.customer.TransactionKind;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.platform.web.Formats;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Records a transaction by hand (most arrive from source systems): kind, amount, currency, product, when. */
final class TransactionDialog extends Dialog {

    static final String MANUAL_SOURCE = "manual";

    TransactionDialog(Customer customer, List<Product> products, Formats formats, Customer360ViewLogic logic) {
        setId("transaction-dialog");
        setHeaderTitle(getTranslation("transaction.title"));
        setWidth("min(40em, 95vw)");

        Select<TransactionKind> kind = new Select<>();
        kind.setId("transaction-kind");
        kind.setLabel(getTranslation("transaction.kind"));
        kind.setItems(TransactionKind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this));
        kind.setValue(TransactionKind.PURCHASE);
        BigDecimalField amount = new BigDecimalField(getTranslation("transaction.amount"));
        amount.setId("transaction-amount");
        ComboBox<String> currency = new ComboBox<>(getTranslation("customer.currency"));
        currency.setId("transaction-currency");
        currency.setItems(Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).sorted().toList());
        currency.setValue(customer.details().currency());
        ComboBox<Product> product = new ComboBox<>(getTranslation("transaction.product"));
        product.setId("transaction-product");
        product.setItems(products.stream().filter(Product::active).toList());
        product.setItemLabelGenerator(p -> p.name() + " (" + p.code() + ")");
        product.setClearButtonVisible(true);
        // The currency stays the customer's: a list price in another currency is shown, never taken as this one.
        Runnable showForeignPrice = () -> {
            Product chosen = product.getValue();
            boolean foreign = chosen != null && !chosen.price().currency().equals(currency.getValue());
            amount.setHelperText(foreign ? getTranslation("transaction.priceInOtherCurrency",
                    formats.money(chosen.price().amount(), chosen.price().currency()), currency.getValue()) : null);
        };
        product.addValueChangeListener(event -> {
            showForeignPrice.run();
            if (event.getValue() != null && event.getValue().price().currency().equals(currency.getValue())
                    && amount.isEmpty()) {
                amount.setValue(event.getValue().price().amount());
            }
        });
        currency.addValueChangeListener(event -> showForeignPrice.run());
        DateTimePicker occurredAt = new DateTimePicker(getTranslation("interaction.occurredAt", formats.zone().getId()));
        occurredAt.setId("transaction-occurred-at");
        occurredAt.setLocale(formats.locale());
        occurredAt.setValue(LocalDateTime.now(formats.zone()).truncatedTo(ChronoUnit.MINUTES));
        TextField reference = new TextField(getTranslation("transaction.reference"));
        reference.setId("transaction-reference");
        reference.setMaxLength(100);

        add(new FormLayout(kind, product, amount, currency, occurredAt, reference));
        Map<String, HasValidation> fields = Map.of("kind", kind, "amount", amount, "currency", currency,
                "productId", product, "occurredAt", occurredAt, "externalRef", reference);
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            TransactionDraft draft = new TransactionDraft(customer.id(), kind.getValue(), amount.getValue(),
                    currency.getValue(), product.getValue() == null ? null : product.getValue().id(),
                    occurredAt.getValue() == null ? null : occurredAt.getValue().atZone(formats.zone()).toInstant(),
                    MANUAL_SOURCE, reference.getValue().isBlank() ? null : reference.getValue());
            List<FieldError> errors = logic.saveTransaction(draft);
            for (FieldError error : errors) {
                HasValidation field = fields.getOrDefault(error.field(), amount);
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                field.setInvalid(true);
            }
            if (errors.isEmpty()) {
                close();
            }
        });
        save.setId("transaction-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }
}
