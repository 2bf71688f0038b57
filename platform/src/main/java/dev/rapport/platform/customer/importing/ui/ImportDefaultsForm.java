package dev.rapport.platform.customer.importing.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import dev.rapport.platform.customer.importing.DuplicatePolicy;
import dev.rapport.platform.customer.importing.ImportDefaults;
import dev.rapport.platform.customer.ui.CustomerChoices;
import dev.rapport.platform.user.User;
import dev.rapport.platform.web.EnumLabels;
import dev.rapport.sdk.customer.CustomerKind;
import dev.rapport.sdk.customer.LifecycleStage;
import java.util.List;

/** The values for empty cells and what to do with duplicates. Fires a {@link DefaultsChangeEvent}; never calls a service. */
class ImportDefaultsForm extends FormLayout {

    final Select<CustomerKind> kind = new Select<>();
    final Select<LifecycleStage> stage = new Select<>();
    final ComboBox<User> owner = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<String> currency = new ComboBox<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final ComboBox<String> country = new ComboBox<>();
    final RadioButtonGroup<DuplicatePolicy> duplicates = new RadioButtonGroup<>();
    private final List<User> users;
    private boolean showing;

    ImportDefaultsForm(List<User> users) {
        this.users = users;
        setId("import-defaults");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2), new ResponsiveStep("60em", 3));
        kind.setId("default-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(CustomerKind.values());
        kind.setItemLabelGenerator(EnumLabels.of(this));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(getTranslation("import.kindAutomatic"));
        kind.setPlaceholder(getTranslation("import.kindAutomatic"));
        stage.setId("default-stage");
        stage.setLabel(getTranslation("customer.stage"));
        stage.setItems(LifecycleStage.values());
        stage.setItemLabelGenerator(EnumLabels.of(this));
        owner.setId("default-owner");
        owner.setLabel(getTranslation("customer.owner"));
        owner.setItems(users);
        owner.setItemLabelGenerator(User::displayName);
        owner.setClearButtonVisible(true);
        language.setId("default-language");
        language.setLabel(getTranslation("customer.preferredLanguage"));
        CustomerChoices.languages(language, getLocale());
        currency.setId("default-currency");
        currency.setLabel(getTranslation("customer.currency"));
        CustomerChoices.currencies(currency, getLocale());
        timeZone.setId("default-time-zone");
        timeZone.setLabel(getTranslation("customer.timeZone"));
        CustomerChoices.timeZones(timeZone);
        country.setId("default-country");
        country.setLabel(getTranslation("import.defaultCountry"));
        CustomerChoices.countries(country, getLocale());
        country.setClearButtonVisible(true);
        duplicates.setId("duplicate-policy");
        duplicates.setLabel(getTranslation("import.duplicates"));
        duplicates.setItems(DuplicatePolicy.values());
        duplicates.setItemLabelGenerator(EnumLabels.of(this));
        add(kind, stage, owner, language, currency, timeZone, country);
        add(duplicates, 3);
        List.<HasValue<?, ?>>of(kind, stage, owner, language, currency, timeZone, country, duplicates)
                .forEach(field -> field.addValueChangeListener(event -> {
                    if (!showing) {
                        fireEvent(new DefaultsChangeEvent(this));
                    }
                }));
    }

    void setDefaults(ImportDefaults defaults, DuplicatePolicy policy) {
        showing = true;
        try {
            kind.setValue(defaults.kind());
            stage.setValue(defaults.stage());
            owner.setValue(users.stream().filter(user -> defaults.ownerId() != null && user.id() == defaults.ownerId())
                    .findFirst().orElse(null));
            language.setValue(defaults.preferredLanguage());
            currency.setValue(defaults.currency());
            timeZone.setValue(defaults.timeZone());
            country.setValue(defaults.countryCode());
            duplicates.setValue(policy);
        } finally {
            showing = false;
        }
    }

    ImportDefaults defaults() {
        return new ImportDefaults(kind.getValue(), stage.getValue(), owner.getValue() == null ? null : owner.getValue().id(),
                language.getValue(), currency.getValue(), timeZone.getValue(), country.getValue());
    }

    DuplicatePolicy duplicatePolicy() {
        return duplicates.getValue() == null ? DuplicatePolicy.SKIP : duplicates.getValue();
    }

    Registration addDefaultsChangeListener(ComponentEventListener<DefaultsChangeEvent> listener) {
        return addListener(DefaultsChangeEvent.class, listener);
    }

    /** The user changed a default or the duplicate policy. */
    static final class DefaultsChangeEvent extends ComponentEvent<ImportDefaultsForm> {

        DefaultsChangeEvent(ImportDefaultsForm source) {
            super(source, false);
        }
    }
}
