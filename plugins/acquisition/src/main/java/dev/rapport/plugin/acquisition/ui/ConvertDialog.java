package dev.rapport.plugin.acquisition.ui;

import static dev.rapport.plugin.acquisition.ui.Labels.LABELS;

import dev.rapport.sdk.ui.Formats;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import dev.rapport.plugin.acquisition.lead.ConversionRequest;
import dev.rapport.plugin.acquisition.lead.Lead;
import dev.rapport.sdk.customer.CustomerInfo;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import dev.rapport.sdk.security.UserInfo;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Converts a lead: into a new customer (person, or organisation with the lead as contact person; with language,
 * currency, time zone and owner), or into an existing customer the duplicate check proposes or the user finds.
 */
public final class ConvertDialog extends Dialog {

    enum Target {
        NEW, EXISTING
    }

    ConvertDialog(Lead lead, LeadDetailLogic logic, Formats formats, String defaultCurrency) {
        setId("convert-dialog");
        setHeaderTitle(getTranslation("acquisition.conversion.title", lead.displayName()));
        setWidth("min(40em, 95vw)");
        RadioButtonGroup<Target> target = new RadioButtonGroup<>(getTranslation("acquisition.conversion.target"));
        target.setId("convert-target");
        target.setItems(Target.values());
        target.setItemLabelGenerator(value -> getTranslation("acquisition.conversion.target." + value.name()));

        Select<CustomerKind> kind = new Select<>();
        kind.setId("convert-kind");
        kind.setLabel(getTranslation("acquisition.conversion.kind"));
        kind.setItems(CustomerKind.values());
        kind.setItemLabelGenerator(LABELS.generator(this));
        kind.setValue(lead.company() != null ? CustomerKind.ORGANISATION : CustomerKind.PERSON);
        Select<LifecycleStage> stage = new Select<>();
        stage.setId("convert-stage");
        stage.setLabel(getTranslation("acquisition.conversion.stage"));
        stage.setItems(LifecycleStage.PROSPECT, LifecycleStage.CUSTOMER);
        stage.setItemLabelGenerator(LABELS.generator(this));
        stage.setValue(LifecycleStage.CUSTOMER);
        TextField language = new TextField(getTranslation("acquisition.lead.language"));
        language.setId("convert-language");
        language.setValue(lead.preferredLanguage() != null ? lead.preferredLanguage() : formats.locale().getLanguage());
        TextField currency = new TextField(getTranslation("acquisition.conversion.currency"));
        currency.setId("convert-currency");
        currency.setValue(currencyOf(lead.countryCode(), defaultCurrency));
        TextField timeZone = new TextField(getTranslation("acquisition.conversion.timeZone"));
        timeZone.setId("convert-time-zone");
        timeZone.setValue(formats.zone().getId());
        ComboBox<UserInfo> owner = new ComboBox<>(getTranslation("acquisition.lead.owner"));
        owner.setId("convert-owner");
        List<UserInfo> users = logic.assignableUsers();
        owner.setItems(users);
        owner.setItemLabelGenerator(UserInfo::displayName);
        Long ownerId = lead.ownerId() != null ? lead.ownerId() : logic.currentUser().map(UserInfo::id).orElse(null);
        users.stream().filter(user -> ownerId != null && user.id() == ownerId).findFirst().ifPresent(owner::setValue);
        FormLayout newCustomer = new FormLayout(kind, stage, language, currency, timeZone, owner);

        ComboBox<CustomerInfo> existing = new ComboBox<>(getTranslation("acquisition.conversion.customer"));
        existing.setId("convert-customer");
        existing.setWidthFull();
        existing.setItems(query -> logic.searchCustomers(query.getFilter().orElse(null)).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        existing.setItemLabelGenerator(customer -> customer.displayName()
                + (customer.primaryEmail() == null ? "" : " · " + customer.primaryEmail()));
        List<CustomerInfo> candidates = logic.candidateCustomers();
        Paragraph hint = new Paragraph(getTranslation(candidates.isEmpty() ? "acquisition.conversion.noCandidates"
                : "acquisition.conversion.candidates", candidates.size()));

        target.addValueChangeListener(change -> {
            newCustomer.setVisible(change.getValue() == Target.NEW);
            existing.setVisible(change.getValue() == Target.EXISTING);
            hint.setVisible(change.getValue() == Target.EXISTING);
        });
        target.setValue(candidates.isEmpty() ? Target.NEW : Target.EXISTING);
        if (!candidates.isEmpty()) {
            existing.setValue(candidates.getFirst());
        }
        add(target, newCustomer, hint, existing);

        Button convert = new Button(getTranslation("acquisition.conversion.convert"), click -> {
            Map<String, HasValidation> fields = Map.of("kind", kind, "stage", stage, "preferredLanguage", language,
                    "currency", currency, "timeZone", timeZone, "ownerId", owner, "customer", existing);
            if (target.getValue() == Target.EXISTING) {
                if (existing.getValue() == null) {
                    existing.setErrorMessage(getTranslation("acquisition.validation.required"));
                    existing.setInvalid(true);
                    return;
                }
                logic.convert(new ConversionRequest.IntoExistingCustomer(existing.getValue().id()), fields, this::close);
            } else {
                logic.convert(new ConversionRequest.ToNewCustomer(kind.getValue(), stage.getValue(), language.getValue(),
                        currency.getValue().strip().toUpperCase(Locale.ROOT), timeZone.getValue(),
                        owner.getValue() == null ? null : owner.getValue().id()), fields, this::close);
            }
        });
        convert.setId("convert-confirm");
        convert.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("acquisition.cancel"), click -> close()), convert);
    }

    /** The currency of the lead's country, or the plugin's currency when the country has none or is unknown. */
    private static String currencyOf(String countryCode, String defaultCurrency) {
        if (countryCode == null) {
            return defaultCurrency;
        }
        try {
            Currency currency = Currency.getInstance(Locale.of("", countryCode));
            return currency == null ? defaultCurrency : currency.getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return defaultCurrency;
        }
    }
}
