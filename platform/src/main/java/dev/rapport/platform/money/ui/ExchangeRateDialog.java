package dev.rapport.platform.money.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import dev.rapport.platform.money.ExchangeRate;
import dev.rapport.platform.money.ExchangeRateDraft;
import dev.rapport.platform.money.ExchangeRateService;
import dev.rapport.platform.web.Notifications;
import dev.rapport.platform.web.WebSession;
import dev.rapport.sdk.error.FieldError;
import dev.rapport.sdk.error.ValidationException;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Adds a rate ({@code rate} null) or changes one; {@code saved} runs after a save, the dialog then closes. */
final class ExchangeRateDialog extends Dialog {

    /** Every ISO 4217 code Java knows, for the currency choices. */
    static final List<String> CURRENCIES = Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .sorted().toList();

    private final DatePicker date = new DatePicker();
    private final ComboBox<String> base = new ComboBox<>();
    private final ComboBox<String> quote = new ComboBox<>();
    private final BigDecimalField rate = new BigDecimalField();
    private final Map<String, HasValidation> fields = Map.of("date", date, "base", base, "quote", quote, "rate", rate);

    ExchangeRateDialog(ExchangeRateService rates, ExchangeRate existing, Runnable saved) {
        setId("rate-dialog");
        setHeaderTitle(getTranslation(existing == null ? "rates.new" : "rates.edit"));
        date.setId("rate-date");
        date.setLabel(getTranslation("rates.date"));
        base.setId("rate-base");
        base.setLabel(getTranslation("rates.base"));
        base.setItems(CURRENCIES);
        quote.setId("rate-quote");
        quote.setLabel(getTranslation("rates.quote"));
        quote.setItems(CURRENCIES);
        rate.setId("rate-rate");
        rate.setLabel(getTranslation("rates.rate"));
        rate.setHelperText(getTranslation("rates.rateHelp"));
        if (existing != null) {
            date.setValue(existing.date());
            base.setValue(existing.base());
            quote.setValue(existing.quote());
            rate.setValue(existing.rate());
        } else {
            base.setValue(rates.reportingCurrency());
        }
        Button save = new Button(getTranslation("form.save"), click -> {
            fields.values().forEach(field -> field.setInvalid(false));
            try {
                ExchangeRate stored = rates.save(existing == null ? null : existing.id(), new ExchangeRateDraft(
                        date.getValue(), base.getValue(), quote.getValue(), rate.getValue()), WebSession.actor());
                Notifications.success(getTranslation("rates.saved", stored.base(), stored.quote()));
                close();
                saved.run();
            } catch (ValidationException e) {
                showErrors(e.errors());
            }
        });
        save.setId("rate-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(date, base, quote, rate));
        getFooter().add(new Button(getTranslation("form.cancel"), click -> close()), save);
    }

    private void showErrors(List<FieldError> errors) {
        for (FieldError error : errors) {
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments().toArray()));
                field.setInvalid(true);
            }
        }
    }
}
